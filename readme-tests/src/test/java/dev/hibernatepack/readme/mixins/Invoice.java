// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.readme.mixins;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import dev.hibernatepack.mixins.CreatedAt;
import dev.hibernatepack.mixins.Timestamped;
import dev.hibernatepack.mixins.UpdatedAt;

/** The README's entity with its own timestamp attributes (Timestamps on any entity), as written there. */
@Entity
public class Invoice implements Timestamped {
    @Id private String number;
    private String customer;
    @CreatedAt @Column(name = "issued_at", updatable = false) private Instant issuedAt;
    @UpdatedAt @Column(name = "changed_at") private Instant changedAt;
    public Instant getCreatedAt() { return issuedAt; }
    public Instant getUpdatedAt() { return changedAt; }
    protected Invoice() {}
    public Invoice(String number, String customer) { this.number = number; this.customer = customer; }
    public void setCustomer(String customer) { this.customer = customer; }
}
