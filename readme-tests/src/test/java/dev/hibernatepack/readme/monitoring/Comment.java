// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.readme.monitoring;

import jakarta.persistence.Entity;
import jakarta.persistence.ManyToOne;

import dev.hibernatepack.mixins.BaseEntity;

/** A comment of a {@link Post}. */
@Entity
public class Comment extends BaseEntity {
    @ManyToOne private Post post;
    private String text;

    protected Comment() {
    }

    public Comment(Post post, String text) {
        this.post = post;
        this.text = text;
    }

    public String getText() {
        return text;
    }
}
