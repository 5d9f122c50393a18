// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.slug.data;

import java.util.List;
import java.util.Optional;

import jakarta.data.repository.CrudRepository;
import jakarta.data.repository.Find;
import jakarta.data.repository.Repository;

import org.hibernate.StatelessSession;

import dev.hibernatepack.slug.testmodel.Post;

/** Posts through Jakarta Data: hibernate-processor generates {@code Posts_}, which runs on a StatelessSession. */
@Repository
public interface Posts extends CrudRepository<Post, Long> {

    @Find
    Optional<Post> bySlug(String slug);

    @Find
    List<Post> byTitle(String title);

    StatelessSession session();
}
