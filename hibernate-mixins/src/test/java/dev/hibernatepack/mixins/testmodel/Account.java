// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.mixins.testmodel;

import jakarta.persistence.Entity;

import dev.hibernatepack.mixins.BaseEntity;
import dev.hibernatepack.mixins.EmailAddresses;
import dev.hibernatepack.mixins.Password;
import dev.hibernatepack.mixins.Sensitive;
import dev.hibernatepack.mixins.StrictEmail;

/** An account with a password and an e-mail address, written the way the README shows. */
@Entity
public class Account extends BaseEntity {

    private String username;

    @StrictEmail
    private String email;

    @Sensitive
    private Password password;

    protected Account() {
    }

    public Account(String username) {
        this.username = username;
    }

    public String getEmail() {
        return email;
    }

    /** Checks and normalises the address; an invalid one throws and leaves the account as it was. */
    public void setEmail(String email) {
        this.email = EmailAddresses.validateEmail(email);
    }

    /** Sets the e-mail without checking it, so that tests can show Bean Validation refusing it. */
    public void setEmailUnchecked(String email) {
        this.email = email;
    }

    public Password getPassword() {
        return password;
    }

    public void setPassword(char[] raw) {
        this.password = Password.hash(raw, ITERATIONS_IN_TESTS);
    }

    /** Stores a hash made elsewhere (an old one, say). */
    public void setPasswordHash(Password password) {
        this.password = password;
    }

    public boolean checkPassword(char[] raw) {
        if (password == null) {
            java.util.Arrays.fill(raw, '\0');
            return false;
        }
        Password.Check check = password.check(raw);
        check.upgraded().ifPresent(stronger -> password = stronger);
        return check.matches();
    }

    /** Few iterations keep the tests fast; such hashes are upgraded on the next successful check. */
    public static final int ITERATIONS_IN_TESTS = 1_000;
}
