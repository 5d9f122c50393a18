// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.audit.testmodel;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import dev.hibernatepack.audit.Auditable;
import dev.hibernatepack.audit.CreatedBy;
import dev.hibernatepack.audit.UpdatedBy;

/** Who-columns as plain id columns, for applications without a user entity. */
@Entity
@Table(name = "audit_ticket")
public class Ticket implements Auditable {

    @Id
    @GeneratedValue
    private Long id;

    private String subject;

    @CreatedBy
    @Column(name = "created_by", updatable = false)
    private Long createdBy;

    @UpdatedBy
    @Column(name = "updated_by")
    private Long updatedBy;

    protected Ticket() {
    }

    public Ticket(String subject) {
        this.subject = subject;
    }

    public Long getId() {
        return id;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public Long getCreatedBy() {
        return createdBy;
    }

    public Long getUpdatedBy() {
        return updatedBy;
    }
}
