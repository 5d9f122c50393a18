// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.audit.testmodel;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import dev.hibernatepack.audit.AuditTrail;
import dev.hibernatepack.audit.Auditable;
import dev.hibernatepack.audit.CreatedBy;
import dev.hibernatepack.audit.DeletedBy;
import dev.hibernatepack.audit.UpdatedBy;
import dev.hibernatepack.mixins.Sensitive;
import dev.hibernatepack.mixins.SoftDeletableEntity;

/** A soft-deletable entity with an audit trail and a sensitive attribute. */
@Entity
@AuditTrail
@Table(name = "audit_profile")
public class Profile extends SoftDeletableEntity implements Auditable {

    private String displayName;

    @Sensitive
    private String passwordHash;

    @CreatedBy
    @Column(name = "created_by", updatable = false)
    private Long createdBy;

    @UpdatedBy
    @Column(name = "updated_by")
    private Long updatedBy;

    @DeletedBy
    @Column(name = "deleted_by")
    private Long deletedBy;

    protected Profile() {
    }

    public Profile(String displayName, String passwordHash) {
        this.displayName = displayName;
        this.passwordHash = passwordHash;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    public Long getDeletedBy() {
        return deletedBy;
    }

    public Long getUpdatedBy() {
        return updatedBy;
    }
}
