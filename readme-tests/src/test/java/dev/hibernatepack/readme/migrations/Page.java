// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.readme.migrations;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

/** A page whose model gained a slug column the database does not have yet. */
@Entity
public class Page {
    @Id @GeneratedValue Long id;
    String title;
    String slug;
}
