// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.audit.testmodel;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import dev.hibernatepack.audit.AuditTrail;
import dev.hibernatepack.audit.Auditable;
import dev.hibernatepack.audit.CreatedBy;
import dev.hibernatepack.audit.UpdatedBy;
import dev.hibernatepack.mixins.CreatedAt;
import dev.hibernatepack.mixins.Sensitive;
import dev.hibernatepack.mixins.UpdatedAt;

/**
 * An audited entity with a version, timestamps and who-columns mapped as plain updatable columns
 * (nothing keeps an update from writing them), and a sensitive attribute.
 */
@Entity
@AuditTrail
@Table(name = "audit_contract")
public class Contract implements Auditable {

    @Id
    @GeneratedValue
    private Long id;

    @Version
    private int version;

    private String title;

    @Column(length = 20_000)
    private String note;

    @Sensitive
    private String secret;

    @CreatedAt
    private Instant createdAt;

    @UpdatedAt
    private Instant updatedAt;

    @CreatedBy
    private Long createdBy;

    @UpdatedBy
    private Long updatedBy;

    protected Contract() {
    }

    public Contract(String title, String secret) {
        this.title = title;
        this.secret = secret;
    }

    public Long getId() {
        return id;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public String getNote() {
        return note;
    }

    public void setSecret(String secret) {
        this.secret = secret;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Long getCreatedBy() {
        return createdBy;
    }

    public Long getUpdatedBy() {
        return updatedBy;
    }

    public int getVersion() {
        return version;
    }

    /** As an instance rebuilt from a form that does not carry who created the row. */
    public void forgetCreator() {
        createdBy = null;
    }
}
