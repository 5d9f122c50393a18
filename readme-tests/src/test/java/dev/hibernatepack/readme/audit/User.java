// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.readme.audit;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import dev.hibernatepack.mixins.BaseEntity;

/** The application's own user entity, which the README's who-columns refer to. */
@Entity
@Table(name = "users")
public class User extends BaseEntity {
    private String name;

    protected User() {
    }

    public User(String name) {
        this.name = name;
    }
}
