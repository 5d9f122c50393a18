// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.repository.testmodel;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import dev.hibernatepack.audit.Auditable;
import dev.hibernatepack.audit.CreatedBy;
import dev.hibernatepack.audit.DeletedBy;
import dev.hibernatepack.audit.UpdatedBy;
import dev.hibernatepack.mixins.SoftDeletableEntity;

/** A soft-deletable entity with who-columns, for bulk updates with the audit module present. */
@Entity
@Table(name = "repo_memo")
public class Memo extends SoftDeletableEntity implements Auditable {

    private String text;

    @CreatedBy
    @Column(name = "created_by", updatable = false)
    private Long createdBy;

    @UpdatedBy
    @Column(name = "updated_by")
    private Long updatedBy;

    @DeletedBy
    @Column(name = "deleted_by")
    private Long deletedBy;

    protected Memo() {
    }

    public Memo(String text) {
        this.text = text;
    }

    public String getText() {
        return text;
    }

    public Long getUpdatedBy() {
        return updatedBy;
    }

    public Long getDeletedBy() {
        return deletedBy;
    }
}
