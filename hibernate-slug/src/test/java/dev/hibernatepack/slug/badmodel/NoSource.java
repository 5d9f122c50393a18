// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.slug.badmodel;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import dev.hibernatepack.slug.Slug;

/** A slug with no source, on an entity that is not Sluggable. */
@Entity
public class NoSource {
    @Id
    Long id;
    @Slug
    String slug;
}
