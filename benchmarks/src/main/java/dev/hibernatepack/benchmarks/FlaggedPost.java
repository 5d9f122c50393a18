// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.benchmarks;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import dev.hibernatepack.mixins.BaseEntity;

/**
 * The hand-written alternative to {@link SoftPost}: the same {@code deleted_at} and
 * {@code is_deleted} columns as ordinary attributes, with no soft-delete behaviour; the benchmark
 * writes the {@code deleted_at is null} condition into its query and checks the flag after
 * {@code find}, as an application doing it by hand would.
 */
@Entity
@Table(name = "flagged_post")
public class FlaggedPost extends BaseEntity {

    private String title;

    private String body;

    @Column(name = "deleted_at")
    private Instant deletedAt;

    @Column(name = "is_deleted", nullable = false)
    private boolean deleted;

    protected FlaggedPost() {
    }

    /** A new, live post. */
    public FlaggedPost(String title, String body) {
        this.title = title;
        this.body = body;
    }

    /** Marks the post deleted at {@code at}. */
    public void markDeleted(Instant at) {
        this.deleted = true;
        this.deletedAt = at;
    }

    public boolean isDeleted() {
        return deleted;
    }

    public String getTitle() {
        return title;
    }

    public String getBody() {
        return body;
    }
}
