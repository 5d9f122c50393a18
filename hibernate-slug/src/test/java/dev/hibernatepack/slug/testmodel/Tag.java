// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.slug.testmodel;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import dev.hibernatepack.slug.Slug;

/** A tag with an identity id (read back by the insert) and a second unique key. */
@Entity
public class Tag {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(unique = true)
    private String code;

    private String label;

    @Slug(from = "label")
    private String slug;

    protected Tag() {
    }

    public Tag(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public Long getId() {
        return id;
    }

    public String getSlug() {
        return slug;
    }
}
