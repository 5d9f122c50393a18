// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.slug.badmodel;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import dev.hibernatepack.slug.Slug;

/** A slug column too short for any slug with a suffix. */
@Entity
public class ShortColumn {
    @Id
    Long id;
    String title;
    @Slug(from = "title")
    @Column(length = 8)
    String slug;
}
