// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.readme.mixins;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import dev.hibernatepack.mixins.BaseEntity;

/** The author the README's {@code Post} refers to. */
@Entity
@Table(name = "users")
public class User extends BaseEntity {
    private String name;

    protected User() {
    }

    public User(String name) {
        this.name = name;
    }

    public String getName() {
        return name;
    }
}
