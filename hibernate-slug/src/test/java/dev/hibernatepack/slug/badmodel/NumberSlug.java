// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.slug.badmodel;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import dev.hibernatepack.slug.Slug;

/** A slug that is not a String. */
@Entity
public class NumberSlug {
    @Id
    Long id;
    String title;
    @Slug(from = "title")
    Integer slug;
}
