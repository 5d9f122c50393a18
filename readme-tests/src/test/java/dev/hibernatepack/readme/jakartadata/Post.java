// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.readme.jakartadata;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;

import dev.hibernatepack.mixins.SoftDeletableEntity;
import dev.hibernatepack.slug.Slug;

/** The post of the README's Jakarta Data section: the blog example's, with what its repository uses. */
@Entity
public class Post extends SoftDeletableEntity {

    /** Publication state. */
    public enum Status { DRAFT, PUBLISHED }

    private String title;

    @Slug(from = "title")
    private String slug;

    private String body;

    @Enumerated(EnumType.STRING)
    private Status status = Status.DRAFT;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private User author;

    protected Post() {
    }

    public Post(User author, String title, String body) {
        this.author = author;
        this.title = title;
        this.body = body;
    }

    public String getTitle() {
        return title;
    }

    public String getSlug() {
        return slug;
    }

    /** A new comment on this post. */
    public Comment addComment(String text) {
        return new Comment(this, text);
    }
}
