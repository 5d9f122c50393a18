// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.readme.audit;

import static jakarta.persistence.FetchType.LAZY;

import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

import dev.hibernatepack.audit.AuditTrail;
import dev.hibernatepack.audit.Auditable;
import dev.hibernatepack.audit.CreatedBy;
import dev.hibernatepack.audit.DeletedBy;
import dev.hibernatepack.audit.UpdatedBy;
import dev.hibernatepack.mixins.Sensitive;
import dev.hibernatepack.mixins.SoftDeletableEntity;

/** The README's audited post (hibernate-audit), as written there. */
@Entity
@AuditTrail                                    // one audit_log row per insert, update, soft delete, restore, delete
public class Post extends SoftDeletableEntity implements Auditable {
    @CreatedBy @ManyToOne(fetch = LAZY) @JoinColumn(name = "created_by", updatable = false) User createdBy;
    @UpdatedBy @ManyToOne(fetch = LAZY) @JoinColumn(name = "updated_by") User updatedBy;
    @DeletedBy @ManyToOne(fetch = LAZY) @JoinColumn(name = "deleted_by") User deletedBy;   // optional
    @Sensitive String internalNotes;           // never in the trail in clear
}
