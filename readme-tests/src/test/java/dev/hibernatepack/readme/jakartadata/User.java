// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.readme.jakartadata;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import dev.hibernatepack.mixins.BaseEntity;

/** The author of the README's Jakarta Data section. */
@Entity
@Table(name = "users")
public class User extends BaseEntity {

    private String username;

    protected User() {
    }

    public User(String username) {
        this.username = username;
    }

    public String getUsername() {
        return username;
    }
}
