// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.examples.blog;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.validation.constraints.NotBlank;

import dev.hibernatepack.mixins.SoftDeletableEntity;

/** A reader's comment on a {@link Post}. */
@Entity
public class Comment extends SoftDeletableEntity {

    @NotBlank
    private String text;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Post post;

    protected Comment() {
    }

    /** A comment on {@code post}; {@link Post#addComment} also adds it to the post's list. */
    Comment(Post post, String text) {
        this.post = post;
        this.text = text;
    }

    public String getText() {
        return text;
    }

    public Post getPost() {
        return post;
    }

    void setPost(Post post) {
        this.post = post;
    }
}
