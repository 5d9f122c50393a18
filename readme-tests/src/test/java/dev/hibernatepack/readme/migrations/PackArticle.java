// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.readme.migrations;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

/** An article of a Spring Boot application: Boot's naming makes it {@code pack_article} with {@code editor_notes}. */
@Entity
public class PackArticle {
    @Id @GeneratedValue Long id;
    String editorNotes;
}
