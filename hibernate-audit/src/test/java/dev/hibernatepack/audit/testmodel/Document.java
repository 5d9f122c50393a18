// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.audit.testmodel;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import dev.hibernatepack.audit.Auditable;
import dev.hibernatepack.audit.CreatedBy;
import dev.hibernatepack.audit.UpdatedBy;

/** Who-columns as real foreign keys to {@link AppUser}. */
@Entity
@Table(name = "audit_document")
public class Document implements Auditable {

    @Id
    @GeneratedValue
    private Long id;

    private String title;

    @CreatedBy
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "created_by", updatable = false)
    private AppUser createdBy;

    @UpdatedBy
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "updated_by")
    private AppUser updatedBy;

    protected Document() {
    }

    public Document(String title) {
        this.title = title;
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public AppUser getCreatedBy() {
        return createdBy;
    }

    public AppUser getUpdatedBy() {
        return updatedBy;
    }
}
