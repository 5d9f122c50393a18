// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.benchmarks;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Index;
import jakarta.persistence.Table;

import dev.hibernatepack.mixins.BaseEntity;

/**
 * {@link SlugPost}'s columns and unique index, with the slug an ordinary attribute the caller sets
 * (from {@code Slugs.generateSlug}, to distinct titles): what a slug costs written by hand.
 */
@Entity
@Table(name = "hand_slug_post", indexes = @Index(name = "ux_hand_slug_post_slug", columnList = "slug", unique = true))
public class HandSlugPost extends BaseEntity {

    private String title;

    private String body;

    @Column(nullable = false)
    private String slug;

    protected HandSlugPost() {
    }

    /** A new post with the slug given. */
    public HandSlugPost(String title, String body, String slug) {
        this.title = title;
        this.body = body;
        this.slug = slug;
    }
}
