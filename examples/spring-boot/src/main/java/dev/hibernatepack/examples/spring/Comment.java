// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.examples.spring;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;

import dev.hibernatepack.mixins.SoftDeletableEntity;

/** A reader's comment on an {@link Article}; made by {@link Article#addComment}. */
@Entity
public class Comment extends SoftDeletableEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Article article;

    private String author;

    private String text;

    protected Comment() {
    }

    Comment(Article article, String author, String text) {
        this.article = article;
        this.author = author;
        this.text = text;
    }

    public Article getArticle() {
        return article;
    }

    public String getAuthor() {
        return author;
    }

    public String getText() {
        return text;
    }
}
