// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.monitoring.testmodel;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

import org.hibernate.annotations.BatchSize;

/** Batch-fetched as the target of a lazy to-one. */
@Entity
@BatchSize(size = 25)
public class Publisher {

    @Id
    @GeneratedValue
    private Long id;

    private String name;

    protected Publisher() {
    }

    public Publisher(String name) {
        this.name = name;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }
}
