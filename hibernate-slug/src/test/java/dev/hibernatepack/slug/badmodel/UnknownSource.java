// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.slug.badmodel;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import dev.hibernatepack.slug.Slug;

/** A slug made from an attribute that does not exist. */
@Entity
public class UnknownSource {
    @Id
    Long id;
    String title;
    @Slug(from = "headline")
    String slug;
}
