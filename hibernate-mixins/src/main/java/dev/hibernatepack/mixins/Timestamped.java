// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.mixins;

import java.time.Instant;

/**
 * The timestamps mixin: an entity that knows when its row was created and last changed.
 * Implement it on any entity and annotate the two attributes with {@link CreatedAt} and
 * {@link UpdatedAt}; the module checks at boot that both are there. {@link BaseEntity} already
 * implements it.
 *
 * <pre>{@code
 * @Entity
 * class Invoice implements Timestamped {
 *     @Id Long id;
 *     @CreatedAt @Column(name = "created_at", updatable = false) Instant createdAt;
 *     @UpdatedAt @Column(name = "updated_at") Instant updatedAt;
 *     public Instant getCreatedAt() { return createdAt; }
 *     public Instant getUpdatedAt() { return updatedAt; }
 * }
 * }</pre>
 */
public interface Timestamped {

    /** When the row was inserted; {@code null} until the entity is first flushed. */
    Instant getCreatedAt();

    /** When the row was last changed; {@code null} until the entity is first flushed. */
    Instant getUpdatedAt();
}
