// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.slug.testmodel;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

import dev.hibernatepack.slug.Slug;
import dev.hibernatepack.slug.Sluggable;

/** An event whose slug is made from its name and year. */
@Entity
public class Event implements Sluggable {

    @Id
    @GeneratedValue
    private Long id;

    private String name;

    private int edition;

    @Slug
    private String slug;

    protected Event() {
    }

    public Event(String name, int year) {
        this.name = name;
        this.edition = year;
    }

    @Override
    public String slugSource() {
        return name + " " + edition;
    }

    public String getSlug() {
        return slug;
    }
}
