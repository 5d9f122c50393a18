// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.mixins.testmodel;

import java.time.Instant;
import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import dev.hibernatepack.mixins.CreatedAt;
import dev.hibernatepack.mixins.Timestamped;
import dev.hibernatepack.mixins.UpdatedAt;

/** Uses the timestamps mixin without BaseEntity: assigned id, its own column names, an OffsetDateTime. */
@Entity
public class Invoice implements Timestamped {

    @Id
    private String number;

    private long amountCents;

    @CreatedAt
    @Column(name = "issued_at", updatable = false)
    private Instant issuedAt;

    @UpdatedAt
    @Column(name = "changed_at")
    private Instant changedAt;

    @UpdatedAt
    private OffsetDateTime changedAtOffset;

    protected Invoice() {
    }

    public Invoice(String number, long amountCents) {
        this.number = number;
        this.amountCents = amountCents;
    }

    public void setAmountCents(long amountCents) {
        this.amountCents = amountCents;
    }

    public OffsetDateTime getChangedAtOffset() {
        return changedAtOffset;
    }

    @Override
    public Instant getCreatedAt() {
        return issuedAt;
    }

    @Override
    public Instant getUpdatedAt() {
        return changedAt;
    }
}
