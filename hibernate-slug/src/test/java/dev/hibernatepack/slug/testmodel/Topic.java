// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.slug.testmodel;

import jakarta.persistence.Entity;

import dev.hibernatepack.mixins.SoftDeletableEntity;
import dev.hibernatepack.mixins.UniqueWhileActive;
import dev.hibernatepack.slug.Slug;

/** A soft-deletable topic whose slug is unique among live topics only. */
@Entity
@UniqueWhileActive("slug")
public class Topic extends SoftDeletableEntity {

    private String title;

    @Slug(from = "title")
    private String slug;

    protected Topic() {
    }

    public Topic(String title) {
        this.title = title;
    }

    public String getTitle() {
        return title;
    }

    public String getSlug() {
        return slug;
    }
}
