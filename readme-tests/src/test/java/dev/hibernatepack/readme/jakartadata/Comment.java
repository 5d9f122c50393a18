// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.readme.jakartadata;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;

import dev.hibernatepack.mixins.SoftDeletableEntity;

/** A comment of the README's Jakarta Data section. */
@Entity
public class Comment extends SoftDeletableEntity {

    private String text;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Post post;

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
