// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.mixins.testmodel;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

import dev.hibernatepack.mixins.DeletedAt;
import dev.hibernatepack.mixins.SoftDeletable;

/** Implements SoftDeletable but has no @DeletedFlag: must fail the boot. */
@Entity
public class BadSoftDeletable implements SoftDeletable {

    @Id
    @GeneratedValue
    private Long id;

    @DeletedAt
    private Instant deletedAt;

    @Override
    public Instant getDeletedAt() {
        return deletedAt;
    }

    @Override
    public boolean isDeleted() {
        return deletedAt != null;
    }
}
