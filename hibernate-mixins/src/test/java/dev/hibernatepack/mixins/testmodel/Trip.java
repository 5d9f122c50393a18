// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.mixins.testmodel;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;

import dev.hibernatepack.mixins.BaseEntity;

/** Holds a lazy reference into the {@link Vehicle} hierarchy. */
@Entity
public class Trip extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY)
    private Vehicle vehicle;

    protected Trip() {
    }

    public Trip(Vehicle vehicle) {
        this.vehicle = vehicle;
    }

    public Vehicle getVehicle() {
        return vehicle;
    }
}
