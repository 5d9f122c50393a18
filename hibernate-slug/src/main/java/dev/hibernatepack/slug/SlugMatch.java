// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.slug;

import java.util.Objects;

/**
 * A row found by {@link Slugs#findBySlug}: the entity, its current slug, and whether it was found
 * by an old slug, in which case the caller should redirect (HTTP 301) to the current one.
 *
 * @param entity the row
 * @param slug the row's current slug
 * @param redirect whether the slug asked for is an old one from the slug history
 * @param <T> the entity type
 */
public record SlugMatch<T>(T entity, String slug, boolean redirect) {

    /** Checks that entity and slug are given. */
    public SlugMatch {
        Objects.requireNonNull(entity, "entity must not be null");
        Objects.requireNonNull(slug, "slug must not be null");
    }
}
