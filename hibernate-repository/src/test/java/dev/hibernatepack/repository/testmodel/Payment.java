// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.repository.testmodel;

import jakarta.persistence.Entity;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/** Refers to an account through a named foreign key. */
@Entity
public class Payment {

    @Id
    @GeneratedValue
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "account_id", foreignKey = @ForeignKey(name = "fk_payment_account"))
    private Account account;

    protected Payment() {
    }

    public Payment(Account account) {
        this.account = account;
    }
}
