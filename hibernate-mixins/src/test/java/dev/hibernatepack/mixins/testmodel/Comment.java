// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.mixins.testmodel;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import dev.hibernatepack.mixins.SoftDeletableEntity;

@Entity
@Table(name = "comments")
public class Comment extends SoftDeletableEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Post post;

    private String text;

    protected Comment() {
    }

    Comment(Post post, String text) {
        this.post = post;
        this.text = text;
    }

    public Post getPost() {
        return post;
    }

    public String getText() {
        return text;
    }
}
