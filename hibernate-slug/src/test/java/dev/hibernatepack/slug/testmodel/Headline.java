// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.slug.testmodel;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

import dev.hibernatepack.slug.Slug;

/** A headline whose slug follows its title, with the old slugs kept as redirects. */
@Entity
public class Headline {

    @Id
    @GeneratedValue
    private Long id;

    private String title;

    private String note;

    @Slug(from = "title", regenerate = Slug.Regeneration.ON_SOURCE_CHANGE, history = true)
    private String slug;

    protected Headline() {
    }

    public Headline(String title) {
        this.title = title;
    }

    public Long getId() {
        return id;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public String getSlug() {
        return slug;
    }
}
