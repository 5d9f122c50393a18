// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.mixins.testmodel;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import dev.hibernatepack.mixins.SoftDeletableEntity;

@Entity
@Table(name = "writers")
public class Writer extends SoftDeletableEntity {

    private String name;

    protected Writer() {
    }

    public Writer(String name) {
        this.name = name;
    }

    public String getName() {
        return name;
    }
}
