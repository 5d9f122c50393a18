// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.slug.testmodel;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;

import dev.hibernatepack.slug.Slug;

/** The root of a joined hierarchy: a subclass row spans two tables. */
@Entity
@Inheritance(strategy = InheritanceType.JOINED)
public class Page {

    @Id
    @GeneratedValue
    private Long id;

    private String title;

    @Slug(from = "title")
    private String slug;

    protected Page() {
    }

    public Page(String title) {
        this.title = title;
    }

    public String getSlug() {
        return slug;
    }
}
