// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.slug.data;

import java.util.Optional;

import jakarta.data.repository.CrudRepository;
import jakarta.data.repository.Find;
import jakarta.data.repository.Repository;

import dev.hibernatepack.slug.testmodel.Blog;
import dev.hibernatepack.slug.testmodel.Entry;

/** Blog entries, whose slugs are unique per blog, through Jakarta Data. */
@Repository
public interface Entries extends CrudRepository<Entry, Long> {

    @Find
    Optional<Entry> bySlug(Blog blog, String slug);
}
