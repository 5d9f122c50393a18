// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.examples.blog;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;

import dev.hibernatepack.audit.AuditTrail;
import jakarta.persistence.UniqueConstraint;
import jakarta.validation.constraints.NotBlank;

import dev.hibernatepack.mixins.BaseEntity;
import dev.hibernatepack.mixins.EmailAddresses;
import dev.hibernatepack.mixins.InvalidEmailException;
import dev.hibernatepack.mixins.Password;
import dev.hibernatepack.mixins.Sensitive;
import dev.hibernatepack.mixins.StrictEmail;

/** A blog author. */
@Entity
@AuditTrail
@Table(name = "users", uniqueConstraints = @UniqueConstraint(name = "ux_users_username", columnNames = "username"))
public class User extends BaseEntity {

    @NotBlank
    @Column(nullable = false)
    private String username;

    // Checked on the way in (setEmail) and again by Bean Validation before every write.
    @StrictEmail
    private String email;

    // A slow salted hash, mapped without annotations; @Sensitive keeps it out of toMap() and logs.
    @Sensitive
    private Password password;

    @OneToMany(mappedBy = "author")
    private List<Post> posts = new ArrayList<>();

    protected User() {
    }

    public User(String username, String email) {
        this.username = username;
        setEmail(email);
    }

    public String getUsername() {
        return username;
    }

    public String getEmail() {
        return email;
    }

    /**
     * The address, trimmed and with its domain in lower-case ASCII.
     *
     * @throws InvalidEmailException saying what is wrong; the user keeps the address it had
     */
    public void setEmail(String email) {
        this.email = EmailAddresses.validateEmail(email);
    }

    /** Stores a hash of {@code raw}, never the password; the array is wiped. */
    public void setPassword(char[] raw) {
        this.password = Password.hash(raw);
    }

    /** Whether {@code raw} is this user's password; an outdated hash is replaced by a stronger one. */
    public boolean checkPassword(char[] raw) {
        if (password == null) {
            java.util.Arrays.fill(raw, '\0');
            return false;
        }
        Password.Check check = password.check(raw);
        check.upgraded().ifPresent(stronger -> password = stronger);
        return check.matches();
    }

    public List<Post> getPosts() {
        return posts;
    }
}
