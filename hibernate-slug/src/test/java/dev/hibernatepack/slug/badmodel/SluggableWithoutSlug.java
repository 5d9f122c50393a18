// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.slug.badmodel;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import dev.hibernatepack.slug.Sluggable;

/** Sluggable, but no attribute holds the slug. */
@Entity
public class SluggableWithoutSlug implements Sluggable {
    @Id
    Long id;
    String title;

    @Override
    public String slugSource() {
        return title;
    }
}
