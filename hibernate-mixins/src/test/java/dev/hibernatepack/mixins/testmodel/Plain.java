// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.mixins.testmodel;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** An entity that uses no mixin at all. */
@Entity
public class Plain {

    @Id
    private Long id;

    private String name;

    protected Plain() {
    }

    public Plain(Long id, String name) {
        this.id = id;
        this.name = name;
    }
}
