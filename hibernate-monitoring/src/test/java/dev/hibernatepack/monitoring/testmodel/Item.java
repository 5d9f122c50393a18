// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.monitoring.testmodel;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

@Entity
public class Item {

    @Id
    @GeneratedValue
    private Long id;

    private String name;

    @ManyToOne(fetch = FetchType.LAZY)
    Shelf shelf;

    @ManyToOne(fetch = FetchType.LAZY)
    Shelf subselectShelf;

    protected Item() {
    }

    Item(String name) {
        this.name = name;
    }

    public String getName() {
        return name;
    }
}
