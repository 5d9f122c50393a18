// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.slug.testmodel;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

/** A blog: the scope of its entries' slugs. */
@Entity
public class Blog {

    @Id
    @GeneratedValue
    private Long id;

    private String name;

    protected Blog() {
    }

    public Blog(String name) {
        this.name = name;
    }

    public Long getId() {
        return id;
    }
}
