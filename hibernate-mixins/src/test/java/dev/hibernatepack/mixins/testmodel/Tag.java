// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.mixins.testmodel;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import dev.hibernatepack.mixins.SoftDeletableEntity;

@Entity
@Table(name = "tags")
public class Tag extends SoftDeletableEntity {

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
