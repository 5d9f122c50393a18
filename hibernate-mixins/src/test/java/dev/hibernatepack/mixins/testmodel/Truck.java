// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.mixins.testmodel;

import jakarta.persistence.Entity;

/** A subclass entity: a reference to a {@link Vehicle} may stand for a truck. */
@Entity
public class Truck extends Vehicle {

    private int axles;

    protected Truck() {
    }

    public Truck(String plate, int axles) {
        super(plate);
        this.axles = axles;
    }

    public int getAxles() {
        return axles;
    }
}
