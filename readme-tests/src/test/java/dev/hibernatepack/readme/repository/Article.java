// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.readme.repository;

import jakarta.persistence.Entity;
import jakarta.persistence.ManyToOne;

import dev.hibernatepack.mixins.BaseEntity;

/** An article and how often it was read: what the README's aggregate example sums up. */
@Entity
public class Article extends BaseEntity {
    @ManyToOne private Author author;
    private int views;

    protected Article() {
    }

    public Article(Author author, int views) {
        this.author = author;
        this.views = views;
    }
}
