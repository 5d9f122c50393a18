// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.mixins;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

import org.hibernate.annotations.ColumnDefault;

import dev.hibernatepack.mixins.internal.EnhancedAccess;

/**
 * {@link BaseEntity} plus soft delete: columns {@code deleted_at} (null while alive) and
 * {@code is_deleted}. {@code remove(entity)} marks the row deleted instead of deleting it, and
 * queries, collections and {@code find} hide it; see {@link SoftDeletable} and {@link SoftDeletes}.
 *
 * <pre>{@code
 * @Entity
 * @UniqueWhileActive("slug")
 * public class Post extends SoftDeletableEntity {
 *     private String slug;
 * }
 * }</pre>
 */
@MappedSuperclass
public abstract class SoftDeletableEntity extends BaseEntity implements SoftDeletable {

    @DeletedAt
    @Column(name = "deleted_at")
    private Instant deletedAt;

    @DeletedFlag
    @ColumnDefault("false")
    @Column(name = "is_deleted", nullable = false)
    private boolean deleted;

    @Override
    public Instant getDeletedAt() {
        return EnhancedAccess.read(this, "deletedAt", deletedAt);
    }

    @Override
    public boolean isDeleted() {
        return EnhancedAccess.readBoolean(this, "deleted", deleted);
    }
}
