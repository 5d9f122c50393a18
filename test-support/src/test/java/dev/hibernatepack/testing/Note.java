// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.testing;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Note {

    @Id
    private Long id;

    private String text;

    protected Note() {
    }

    Note(Long id, String text) {
        this.id = id;
        this.text = text;
    }

    String getText() {
        return text;
    }
}
