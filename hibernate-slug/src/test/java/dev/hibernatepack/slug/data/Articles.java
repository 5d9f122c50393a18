// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.slug.data;

import java.util.Optional;

import jakarta.data.repository.CrudRepository;
import jakarta.data.repository.Find;
import jakarta.data.repository.Repository;

import org.hibernate.StatelessSession;

import dev.hibernatepack.slug.testmodel.Article;

/** Articles, whose slugs follow their titles and keep a history, through Jakarta Data. */
@Repository
public interface Articles extends CrudRepository<Article, Long> {

    @Find
    Optional<Article> bySlug(String slug);

    StatelessSession session();
}
