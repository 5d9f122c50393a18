// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.slug.testmodel;

import jakarta.persistence.Entity;

import dev.hibernatepack.mixins.SoftDeletableEntity;
import dev.hibernatepack.slug.Slug;

/** A soft-deletable note. */
@Entity
public class Note extends SoftDeletableEntity {

    private String title;

    @Slug(from = "title")
    private String slug;

    protected Note() {
    }

    public Note(String title) {
        this.title = title;
    }

    public String getSlug() {
        return slug;
    }
}
