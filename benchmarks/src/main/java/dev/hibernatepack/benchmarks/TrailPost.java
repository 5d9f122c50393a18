// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.benchmarks;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import dev.hibernatepack.audit.AuditTrail;
import dev.hibernatepack.audit.Auditable;
import dev.hibernatepack.audit.CreatedBy;
import dev.hibernatepack.audit.UpdatedBy;
import dev.hibernatepack.mixins.BaseEntity;

/** {@link MixinPost} with the audit module on: who-columns filled from the current user, and an audit trail. */
@Entity
@AuditTrail
@Table(name = "trail_post")
public class TrailPost extends BaseEntity implements Auditable {

    private String title;

    private String body;

    @CreatedBy
    @Column(name = "created_by", updatable = false)
    private Long createdBy;

    @UpdatedBy
    @Column(name = "updated_by")
    private Long updatedBy;

    protected TrailPost() {
    }

    public TrailPost(String title, String body) {
        this.title = title;
        this.body = body;
    }

    public void setTitle(String title) {
        this.title = title;
    }
}
