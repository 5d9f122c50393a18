// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.readme.mixins;

import jakarta.persistence.Entity;

import dev.hibernatepack.mixins.BaseEntity;
import dev.hibernatepack.mixins.Password;
import dev.hibernatepack.mixins.Sensitive;

/** An entity holding the README's password attribute and methods (Passwords), as written there. */
@Entity
public class Account extends BaseEntity {

    @Sensitive private Password password;        // left out of toMap(), masked in toString() and the audit trail

    public void setPassword(char[] raw) { password = Password.hash(raw); }      // raw is wiped

    public boolean checkPassword(char[] raw) {
        Password.Check check = password.check(raw);                                // constant time; raw is wiped
        check.upgraded().ifPresent(stronger -> password = stronger);               // saved with the entity
        return check.matches();
    }

    Password password() {
        return password;
    }
}
