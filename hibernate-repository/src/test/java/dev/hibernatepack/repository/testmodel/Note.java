// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.repository.testmodel;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

/** A minimal entity for the database and transaction tests. */
@Entity
public class Note {

    @Id
    @GeneratedValue
    private Long id;

    @Column(nullable = false)
    private String text;

    protected Note() {
    }

    public Note(String text) {
        this.text = text;
    }

    public Long getId() {
        return id;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
