// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.readme.softdelete;

import jakarta.persistence.Entity;
import jakarta.persistence.ManyToOne;

import dev.hibernatepack.mixins.SoftDeletableEntity;

/** A comment of the README's soft-deletable post: soft-deleted with it. */
@Entity
public class Comment extends SoftDeletableEntity {
    @ManyToOne private Post post;
    private String text;

    protected Comment() {
    }

    public Comment(Post post, String text) {
        this.post = post;
        this.text = text;
    }
}
