// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.slug.testmodel;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

import dev.hibernatepack.slug.Slug;

/** An article whose slug follows its title, keeping the old ones for redirects. */
@Entity
public class Article {

    @Id
    @GeneratedValue
    private Long id;

    private String title;

    @Slug(from = "title", regenerate = Slug.Regeneration.ON_SOURCE_CHANGE, history = true)
    private String slug;

    protected Article() {
    }

    public Article(String title) {
        this.title = title;
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }
}
