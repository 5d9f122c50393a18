// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.slug.testmodel;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

import dev.hibernatepack.slug.Slug;

/** A blog entry: its slug is unique within its blog only. */
@Entity
public class Entry {

    @Id
    @GeneratedValue
    private Long id;

    @ManyToOne(optional = false)
    private Blog blog;

    private String title;

    @Slug(from = "title", scope = "blog")
    private String slug;

    protected Entry() {
    }

    public Entry(Blog blog, String title) {
        this.blog = blog;
        this.title = title;
    }

    public Long getId() {
        return id;
    }

    public String getSlug() {
        return slug;
    }
}
