// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.audit.testmodel;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import dev.hibernatepack.audit.AuditTrail;
import dev.hibernatepack.audit.Auditable;
import dev.hibernatepack.audit.CreatedBy;
import dev.hibernatepack.audit.DeletedBy;
import dev.hibernatepack.audit.UpdatedBy;
import dev.hibernatepack.mixins.Sensitive;
import dev.hibernatepack.mixins.SoftDeletableEntity;

/**
 * Mapped as the README maps an audited entity: soft-deletable with timestamps, an audit trail, a
 * sensitive attribute and who-columns that are foreign keys to {@link AppUser}.
 */
@Entity
@AuditTrail
@Table(name = "audit_note")
public class Note extends SoftDeletableEntity implements Auditable {

    private String title;

    @Sensitive
    private String secret;

    @CreatedBy
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "created_by", updatable = false)
    private AppUser createdBy;

    @UpdatedBy
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "updated_by")
    private AppUser updatedBy;

    @DeletedBy
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "deleted_by")
    private AppUser deletedBy;

    protected Note() {
    }

    public Note(String title, String secret) {
        this.title = title;
        this.secret = secret;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public void setSecret(String secret) {
        this.secret = secret;
    }

    public AppUser getCreatedBy() {
        return createdBy;
    }

    public AppUser getUpdatedBy() {
        return updatedBy;
    }

    public AppUser getDeletedBy() {
        return deletedBy;
    }

    /** As an instance rebuilt from a form that does not carry who created the row. */
    public void forgetWho() {
        createdBy = null;
        updatedBy = null;
        deletedBy = null;
    }
}
