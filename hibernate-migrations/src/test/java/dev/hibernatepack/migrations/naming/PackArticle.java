// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.migrations.naming;

import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToMany;

/** An entity with camel-case names and no explicit ones: the naming strategies decide every table and column name. */
@Entity
public class PackArticle {

    @Id
    @GeneratedValue
    Long id;

    String editorNotes;

    Stars rating;

    @ManyToMany
    Set<PackTag> tags = new HashSet<>();
}
