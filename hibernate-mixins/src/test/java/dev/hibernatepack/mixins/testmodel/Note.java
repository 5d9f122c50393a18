// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.mixins.testmodel;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import dev.hibernatepack.mixins.DeletedAt;
import dev.hibernatepack.mixins.DeletedFlag;
import dev.hibernatepack.mixins.SoftDeletable;
import dev.hibernatepack.mixins.UniqueWhileActive;

/** Soft delete through the interface, with its own column names and no BaseEntity. */
@Entity
@Table(name = "notes")
@UniqueWhileActive(value = "code", name = "notes_code_live")
public class Note implements SoftDeletable {

    @Id
    @GeneratedValue
    private Long id;

    private String code;

    @DeletedAt
    @Column(name = "removed_on")
    private Instant removedOn;

    @DeletedFlag
    @Column(name = "removed", nullable = false)
    private boolean removed;

    protected Note() {
    }

    public Note(String code) {
        this.code = code;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    @Override
    public Instant getDeletedAt() {
        return removedOn;
    }

    @Override
    public boolean isDeleted() {
        return removed;
    }
}
