// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.repository.testmodel;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import dev.hibernatepack.mixins.CreatedAt;
import dev.hibernatepack.mixins.Sensitive;
import dev.hibernatepack.mixins.Timestamped;
import dev.hibernatepack.mixins.UpdatedAt;

/** Property access implied by {@code @Id} on a getter: timestamps and a sensitive value on getters. */
@Entity
@Table(name = "repo_ledger")
public class Ledger implements Timestamped {

    private Long id;
    private String title;
    private String iban;
    private Instant createdAt;
    private Instant updatedAt;

    protected Ledger() {
    }

    public Ledger(String title, String iban) {
        this.title = title;
        this.iban = iban;
    }

    @Id
    @GeneratedValue
    public Long getId() {
        return id;
    }

    protected void setId(Long id) {
        this.id = id;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    @Sensitive
    public String getIban() {
        return iban;
    }

    public void setIban(String iban) {
        this.iban = iban;
    }

    @Override
    @CreatedAt
    @Column(name = "created_at", updatable = false)
    public Instant getCreatedAt() {
        return createdAt;
    }

    protected void setCreatedAt(Instant createdAt) {
        this.createdAt = createdAt;
    }

    @Override
    @UpdatedAt
    @Column(name = "updated_at")
    public Instant getUpdatedAt() {
        return updatedAt;
    }

    protected void setUpdatedAt(Instant updatedAt) {
        this.updatedAt = updatedAt;
    }
}
