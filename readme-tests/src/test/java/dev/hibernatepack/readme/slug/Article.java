// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.readme.slug;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

import dev.hibernatepack.slug.Slug;

/** An article whose slug follows its title and keeps the old ones, for the README's redirect example. */
@Entity
public class Article {
    @Id @GeneratedValue Long id;
    String title;

    @Slug(from = "title", regenerate = Slug.Regeneration.ON_SOURCE_CHANGE, history = true)
    String slug;
}
