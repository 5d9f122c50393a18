// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.benchmarks;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.ColumnDefault;

/**
 * The baseline: the same table shape as {@link MixinPost}, every column declared by hand and the
 * timestamps set by the caller, as a team without the pack writes it.
 */
@Entity
@Table(name = "hand_post")
public class HandPost {

    // Same default as BaseEntity: sequence HandPost_SEQ, allocation size 50, pooled optimizer.
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE)
    private Long id;

    @ColumnDefault("CURRENT_TIMESTAMP")
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @ColumnDefault("CURRENT_TIMESTAMP")
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @ColumnDefault("true")
    @Column(name = "is_active", nullable = false)
    private boolean active = true;

    private String title;

    private String body;

    protected HandPost() {
    }

    /** A new post written at {@code now} (both timestamps, as an insert sets them). */
    public HandPost(String title, String body, Instant now) {
        this.title = title;
        this.body = body;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** A post as read from a row, for the raw JDBC select. */
    HandPost(Long id, String title, String body, Instant createdAt, Instant updatedAt, boolean active) {
        this.id = id;
        this.title = title;
        this.body = body;
        this.createdAt = createdAt;
        this.updatedAt = updatedAt;
        this.active = active;
    }

    public Long getId() {
        return id;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public boolean isActive() {
        return active;
    }

    public String getTitle() {
        return title;
    }

    public String getBody() {
        return body;
    }
}
