// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.readme.monitoring;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.OneToMany;

import dev.hibernatepack.mixins.BaseEntity;

/** A post with lazily loaded comments: what the README's monitoring examples count. */
@Entity
public class Post extends BaseEntity {
    private String title;
    @OneToMany(mappedBy = "post")
    private List<Comment> comments = new ArrayList<>();

    protected Post() {
    }

    public Post(String title) {
        this.title = title;
    }

    public String getTitle() {
        return title;
    }

    public List<Comment> getComments() {
        return comments;
    }
}
