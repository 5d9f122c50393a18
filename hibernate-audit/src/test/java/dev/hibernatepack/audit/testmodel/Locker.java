// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.audit.testmodel;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import dev.hibernatepack.audit.AuditTrail;
import dev.hibernatepack.mixins.Sensitive;

/** Field access, with the sensitive value marked on its getter. */
@Entity
@AuditTrail
@Table(name = "audit_locker")
public class Locker {

    @Id
    @GeneratedValue
    private Long id;

    private String owner;

    private String code;

    protected Locker() {
    }

    public Locker(String owner, String code) {
        this.owner = owner;
        this.code = code;
    }

    public Long getId() {
        return id;
    }

    @Sensitive
    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
