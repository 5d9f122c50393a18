// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.mixins.testmodel;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import dev.hibernatepack.mixins.Timestamped;
import dev.hibernatepack.mixins.UpdatedAt;

/** Claims the timestamps mixin but forgets @CreatedAt: boot must fail. */
@Entity
public class MissingCreatedAt implements Timestamped {

    @Id
    private Long id;

    private Instant createdAt;

    @UpdatedAt
    private Instant updatedAt;

    @Override
    public Instant getCreatedAt() {
        return createdAt;
    }

    @Override
    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
