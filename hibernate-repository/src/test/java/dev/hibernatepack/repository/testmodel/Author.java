// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.repository.testmodel;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

import dev.hibernatepack.mixins.BaseEntity;
import dev.hibernatepack.mixins.Sensitive;

/** A writer: unique name, and a secret that must never be sorted or filtered by. */
@Entity
@Table(name = "repo_author", uniqueConstraints = @UniqueConstraint(name = "ux_repo_author_name", columnNames = "name"))
public class Author extends BaseEntity {

    @Column(nullable = false, length = 40)
    private String name;

    @Sensitive
    private String passwordHash;

    protected Author() {
    }

    public Author(String name) {
        this.name = name;
        this.passwordHash = "secret-of-" + name;
    }

    public String getName() {
        return name;
    }
}
