// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.repository.testmodel;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

import org.hibernate.annotations.Check;

/** Every kind of constraint the error tests break: unique, not null, check and length. */
@Entity
@Table(uniqueConstraints = @UniqueConstraint(name = "ux_account_email", columnNames = "email"))
@Check(name = "ck_account_balance", constraints = "balance >= 0")
public class Account {

    @Id
    @GeneratedValue
    private Long id;

    @Column(nullable = false, length = 20)
    private String email;

    private long balance;

    protected Account() {
    }

    public Account(String email, long balance) {
        this.email = email;
        this.balance = balance;
    }

    public Long getId() {
        return id;
    }
}
