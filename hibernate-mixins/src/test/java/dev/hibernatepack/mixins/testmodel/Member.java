// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.mixins.testmodel;

import jakarta.persistence.Access;
import jakarta.persistence.AccessType;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import dev.hibernatepack.mixins.Sensitive;
import dev.hibernatepack.mixins.SoftDeletableEntity;

/**
 * Property access declared on the class, over the field-access attributes of
 * {@link SoftDeletableEntity}; the sensitive value is marked on its getter.
 */
@Entity
@Access(AccessType.PROPERTY)
@Table(name = "mixins_member")
public class Member extends SoftDeletableEntity {

    private String name;
    private Integer pin;
    private Author sponsor;

    protected Member() {
    }

    public Member(String name, Integer pin) {
        this.name = name;
        this.pin = pin;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    @Sensitive
    public Integer getPin() {
        return pin;
    }

    public void setPin(Integer pin) {
        this.pin = pin;
    }

    @ManyToOne(fetch = FetchType.LAZY)
    public Author getSponsor() {
        return sponsor;
    }

    public void setSponsor(Author sponsor) {
        this.sponsor = sponsor;
    }
}
