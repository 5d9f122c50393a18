// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.monitoring.testmodel;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

/** A review with an eager to-one: a query of reviews selects each author one at a time. */
@Entity
public class Review {

    @Id
    @GeneratedValue
    private Long id;

    private String text;

    @ManyToOne
    private Author author;

    protected Review() {
    }

    public Review(Author author, String text) {
        this.author = author;
        this.text = text;
    }

    public Long getId() {
        return id;
    }

    public Author getAuthor() {
        return author;
    }
}
