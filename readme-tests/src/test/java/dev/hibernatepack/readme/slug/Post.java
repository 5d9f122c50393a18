// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.readme.slug;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

import dev.hibernatepack.slug.Slug;

/** The README's post with a slug per blog (hibernate-slug), as written there. */
@Entity
public class Post {
    @Id @GeneratedValue Long id;
    @ManyToOne Blog blog;
    String title;

    @Slug(from = "title", scope = "blog")   // "hello-world", then "hello-world-2" in the same blog
    String slug;
}
