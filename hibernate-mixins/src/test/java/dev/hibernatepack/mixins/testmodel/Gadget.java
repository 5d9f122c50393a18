// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.mixins.testmodel;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import dev.hibernatepack.mixins.CreatedAt;
import dev.hibernatepack.mixins.DeletedAt;
import dev.hibernatepack.mixins.DeletedFlag;
import dev.hibernatepack.mixins.Sensitive;
import dev.hibernatepack.mixins.SoftDeletable;
import dev.hibernatepack.mixins.Timestamped;
import dev.hibernatepack.mixins.UpdatedAt;

/** Property access implied by {@code @Id} on a getter: every mixin annotation sits on a getter. */
@Entity
@Table(name = "mixins_gadget")
public class Gadget implements Timestamped, SoftDeletable {

    private Long id;
    private String label;
    private String serial;
    private Instant createdAt;
    private Instant updatedAt;
    private Instant deletedAt;
    private boolean deleted;

    protected Gadget() {
    }

    public Gadget(String label, String serial) {
        this.label = label;
        this.serial = serial;
    }

    @Id
    @GeneratedValue
    public Long getId() {
        return id;
    }

    protected void setId(Long id) {
        this.id = id;
    }

    public String getLabel() {
        return label;
    }

    public void setLabel(String label) {
        this.label = label;
    }

    @Sensitive
    public String getSerial() {
        return serial;
    }

    public void setSerial(String serial) {
        this.serial = serial;
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

    @Override
    @DeletedAt
    @Column(name = "deleted_at")
    public Instant getDeletedAt() {
        return deletedAt;
    }

    protected void setDeletedAt(Instant deletedAt) {
        this.deletedAt = deletedAt;
    }

    @Override
    @DeletedFlag
    @Column(name = "is_deleted", nullable = false)
    public boolean isDeleted() {
        return deleted;
    }

    protected void setDeleted(boolean deleted) {
        this.deleted = deleted;
    }
}
