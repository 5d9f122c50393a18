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
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;

import dev.hibernatepack.mixins.BaseEntity;
import dev.hibernatepack.mixins.Sensitive;

/** A blog author. */
@Entity
@AuditTrail
@Table(name = "users", uniqueConstraints = @UniqueConstraint(name = "ux_users_username", columnNames = "username"))
public class User extends BaseEntity {

    @NotBlank
    @Column(nullable = false)
    private String username;

    @Email
    private String email;

    @Sensitive
    private String passwordHash;

    @OneToMany(mappedBy = "author")
    private List<Post> posts = new ArrayList<>();

    protected User() {
    }

    public User(String username, String email) {
        this.username = username;
        this.email = email;
    }

    public String getUsername() {
        return username;
    }

    public String getEmail() {
        return email;
    }

    public void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    public List<Post> getPosts() {
        return posts;
    }
}
