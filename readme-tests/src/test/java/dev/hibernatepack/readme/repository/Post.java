// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.readme.repository;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.OneToMany;

import dev.hibernatepack.mixins.SoftDeletableEntity;

/** The post of the README's repository examples: soft-deletable, so {@code delete} hides it. */
@Entity
public class Post extends SoftDeletableEntity {
    private String title;
    private Status status = Status.DRAFT;
    @OneToMany(mappedBy = "post")
    private List<Comment> comments = new ArrayList<>();

    protected Post() {
    }

    public Post(String title) {
        this.title = title;
    }

    public Post(String title, Status status) {
        this.title = title;
        this.status = status;
    }

    public String getTitle() {
        return title;
    }
}
