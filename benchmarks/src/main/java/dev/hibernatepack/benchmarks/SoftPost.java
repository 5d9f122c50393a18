// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.benchmarks;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import dev.hibernatepack.mixins.SoftDeletableEntity;

/**
 * {@link MixinPost} with soft delete: the same columns plus {@code deleted_at} and
 * {@code is_deleted}, every read filtered by {@code deleted_at is null}.
 */
@Entity
@Table(name = "soft_post")
public class SoftPost extends SoftDeletableEntity {

    private String title;

    private String body;

    protected SoftPost() {
    }

    /** A new, live post. */
    public SoftPost(String title, String body) {
        this.title = title;
        this.body = body;
    }

    public String getTitle() {
        return title;
    }

    public String getBody() {
        return body;
    }
}
