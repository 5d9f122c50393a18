// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.slug.testmodel;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

import dev.hibernatepack.slug.Slug;

/** A memo whose slug is fixed at insert, with an attribute the slug is not made from. */
@Entity
public class Memo {

    @Id
    @GeneratedValue
    private Long id;

    private String title;

    private String note;

    @Slug(from = "title")
    private String slug;

    protected Memo() {
    }

    public Memo(String title) {
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

    public String getNote() {
        return note;
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }
}
