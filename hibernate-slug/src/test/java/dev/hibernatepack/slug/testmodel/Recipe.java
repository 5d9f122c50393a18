// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.slug.testmodel;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import dev.hibernatepack.slug.Slug;

/** Property access implied by {@code @Id} on a getter, {@code @Slug} on the getter. */
@Entity
@Table(name = "slug_recipe")
public class Recipe {

    private Long id;
    private String name;
    private String slug;

    protected Recipe() {
    }

    public Recipe(String name) {
        this.name = name;
    }

    @Id
    @GeneratedValue
    public Long getId() {
        return id;
    }

    protected void setId(Long id) {
        this.id = id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    @Slug(from = "name")
    public String getSlug() {
        return slug;
    }

    protected void setSlug(String slug) {
        this.slug = slug;
    }
}
