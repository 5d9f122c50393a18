// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.benchmarks;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import dev.hibernatepack.mixins.BaseEntity;
import dev.hibernatepack.slug.Slug;

/** {@link MixinPost} plus a slug made by the slug module from the title (unique index {@code ux_slug_post_slug}). */
@Entity
@Table(name = "slug_post")
public class SlugPost extends BaseEntity {

    private String title;

    private String body;

    @Slug(from = "title")
    private String slug;

    protected SlugPost() {
    }

    /** A new post; the module sets its slug when it is inserted. */
    public SlugPost(String title, String body) {
        this.title = title;
        this.body = body;
    }

    public String getSlug() {
        return slug;
    }
}
