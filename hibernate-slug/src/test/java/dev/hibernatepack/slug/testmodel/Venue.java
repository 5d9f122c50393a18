// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.slug.testmodel;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import dev.hibernatepack.slug.Slug;

/** Field access, with {@code @Slug} marked on the slug's getter. */
@Entity
@Table(name = "slug_venue")
public class Venue {

    @Id
    @GeneratedValue
    private Long id;

    private String name;

    private String slug;

    protected Venue() {
    }

    public Venue(String name) {
        this.name = name;
    }

    public Long getId() {
        return id;
    }

    @Slug(from = "name")
    public String getSlug() {
        return slug;
    }
}
