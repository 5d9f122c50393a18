// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.readme.repository;

import jakarta.persistence.Entity;

import dev.hibernatepack.mixins.BaseEntity;

/** The author of {@link Article}s. */
@Entity
public class Author extends BaseEntity {
    private String name;

    protected Author() {
    }

    public Author(String name) {
        this.name = name;
    }
}
