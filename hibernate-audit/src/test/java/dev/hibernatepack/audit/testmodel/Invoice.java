// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.audit.testmodel;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.envers.Audited;

import dev.hibernatepack.audit.AuditTrail;

/** Audited twice: by Envers (full history of states) and by the pack's trail (who changed what). */
@Entity
@Audited
@AuditTrail
@Table(name = "audit_invoice")
public class Invoice {

    @Id
    @GeneratedValue
    private Long id;

    private long amount;

    protected Invoice() {
    }

    public Invoice(long amount) {
        this.amount = amount;
    }

    public Long getId() {
        return id;
    }

    public void setAmount(long amount) {
        this.amount = amount;
    }
}
