// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.readme.repository;

import jakarta.persistence.Entity;

import dev.hibernatepack.mixins.BaseEntity;

/** A note, for the README's unit test on a mocked session. */
@Entity
public class Note extends BaseEntity {
    private String text;

    protected Note() {
    }

    public Note(String text) {
        this.text = text;
    }

    public String getText() {
        return text;
    }
}
