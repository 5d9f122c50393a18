// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.slug.data;

import java.util.List;
import java.util.Optional;

import jakarta.data.repository.CrudRepository;
import jakarta.data.repository.Find;
import jakarta.data.repository.Repository;

import org.hibernate.StatelessSession;

import dev.hibernatepack.slug.testmodel.Topic;

/** Soft-deletable topics, whose slugs are unique among live rows, through Jakarta Data. */
@Repository
public interface Topics extends CrudRepository<Topic, Long> {

    @Find
    Optional<Topic> bySlug(String slug);

    @Find
    List<Topic> byTitle(String title);

    StatelessSession session();
}
