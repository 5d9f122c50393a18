// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.mixins.testmodel;

import jakarta.persistence.Entity;

import dev.hibernatepack.mixins.BaseEntity;

/** The root of an entity hierarchy: its references are Hibernate proxies even on enhanced classes. */
@Entity
public class Vehicle extends BaseEntity {

    private String plate;

    protected Vehicle() {
    }

    public Vehicle(String plate) {
        this.plate = plate;
    }

    public String getPlate() {
        return plate;
    }
}
