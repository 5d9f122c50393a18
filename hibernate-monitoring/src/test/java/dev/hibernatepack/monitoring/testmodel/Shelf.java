// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.monitoring.testmodel;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;

import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;

/** The fixed mappings: a batch-fetched and a subselect-fetched collection. */
@Entity
public class Shelf {

    @Id
    @GeneratedValue
    private Long id;

    @OneToMany(mappedBy = "shelf", cascade = CascadeType.ALL)
    @BatchSize(size = 25)
    private List<Item> batched = new ArrayList<>();

    @OneToMany(mappedBy = "subselectShelf", cascade = CascadeType.ALL)
    @Fetch(FetchMode.SUBSELECT)
    private List<Item> subselected = new ArrayList<>();

    public Long getId() {
        return id;
    }

    public List<Item> getBatched() {
        return batched;
    }

    public List<Item> getSubselected() {
        return subselected;
    }

    public void add(String name) {
        Item a = new Item(name);
        a.shelf = this;
        batched.add(a);
        Item b = new Item(name);
        b.subselectShelf = this;
        subselected.add(b);
    }
}
