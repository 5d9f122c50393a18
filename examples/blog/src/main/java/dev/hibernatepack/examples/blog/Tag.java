// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.examples.blog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;

import dev.hibernatepack.mixins.BaseEntity;

/** A label for posts. */
@Entity
public class Tag extends BaseEntity {

    @Column(nullable = false, unique = true)
    private String name;

    protected Tag() {
    }

    public Tag(String name) {
        this.name = name;
    }

    public String getName() {
        return name;
    }
}
