// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.audit.testmodel;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import dev.hibernatepack.audit.AuditTrail;
import dev.hibernatepack.audit.Auditable;
import dev.hibernatepack.audit.CreatedBy;
import dev.hibernatepack.audit.UpdatedBy;
import dev.hibernatepack.mixins.Sensitive;

/** Property access implied by {@code @Id} on a getter: the trail's sensitive value and the who-columns sit on getters. */
@Entity
@AuditTrail
@Table(name = "audit_vault")
public class Vault implements Auditable {

    private Long id;
    private String title;
    private String combination;
    private Long createdBy;
    private Long updatedBy;

    protected Vault() {
    }

    public Vault(String title, String combination) {
        this.title = title;
        this.combination = combination;
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
    public String getCombination() {
        return combination;
    }

    public void setCombination(String combination) {
        this.combination = combination;
    }

    @CreatedBy
    @Column(name = "created_by", updatable = false)
    public Long getCreatedBy() {
        return createdBy;
    }

    protected void setCreatedBy(Long createdBy) {
        this.createdBy = createdBy;
    }

    @UpdatedBy
    @Column(name = "updated_by")
    public Long getUpdatedBy() {
        return updatedBy;
    }

    protected void setUpdatedBy(Long updatedBy) {
        this.updatedBy = updatedBy;
    }
}
