// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.mixins;

import java.time.Instant;

import dev.hibernatepack.mixins.internal.SoftDeleteState;

/**
 * An entity whose rows are never deleted by {@code remove()} but marked deleted: {@code remove}
 * becomes an {@code UPDATE} of {@code deleted_at} and {@code is_deleted}, cascaded to soft-deletable
 * children, and queries, collections and {@code find} hide deleted rows unless {@link SoftDeletes#withDeleted} says
 * otherwise. Extend {@link SoftDeletableEntity}, or implement this interface and annotate one
 * {@code Instant} attribute {@link DeletedAt} and one {@code boolean} attribute {@link DeletedFlag}
 * (fields, or getters with property access):
 *
 * <pre>{@code
 * @Entity
 * public class Note implements SoftDeletable {
 *     @Id @GeneratedValue Long id;
 *     @DeletedAt @Column(name = "deleted_at") Instant deletedAt;
 *     @DeletedFlag @Column(name = "is_deleted", nullable = false) boolean deleted;
 *
 *     public Instant getDeletedAt() { return deletedAt; }
 *     public boolean isDeleted() { return deleted; }
 * }
 * }</pre>
 */
public interface SoftDeletable {

    /**
     * When the row was soft-deleted, from the pack's clock; {@code null} while it is alive. After
     * {@link #softDelete()} it stays {@code null} until the change is flushed.
     */
    Instant getDeletedAt();

    /** Whether the row is soft-deleted (column {@code is_deleted}). */
    boolean isDeleted();

    /**
     * Marks this row deleted; the {@code UPDATE} is flushed like any other change, with
     * {@code deleted_at} taken from the pack's clock. Unlike {@code remove()}, it does not cascade
     * to children. Does nothing if the row is already deleted.
     */
    default void softDelete() {
        SoftDeleteState.markDeleted(this, null);
    }

    /**
     * Marks this row alive again ({@code deleted_at} and {@code is_deleted} cleared on flush).
     * To restore its children too, or to be told before the flush that a live row now holds one
     * of its {@link UniqueWhileActive} keys, use {@link SoftDeletes#restore}.
     */
    default void restore() {
        SoftDeleteState.markAlive(this);
    }
}
