// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.examples.spring;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

/**
 * Articles, by Spring Data JPA: inherited CRUD, paging and sorting, derived queries, {@code @Query}
 * and {@link Specification}s. Soft-deleted articles are left out of every read with no condition here.
 */
public interface ArticleRepository extends JpaRepository<Article, Long>, JpaSpecificationExecutor<Article> {

    Optional<Article> findBySlug(String slug);

    List<Article> findBySectionOrderByTitle(String section);

    Page<Article> findBySection(String section, Pageable pageable);

    long countBySection(String section);

    boolean existsByTitle(String title);

    @Query("select a.title from Article a where a.createdBy = :editor order by a.title")
    List<String> titlesBy(String editor);

    @Query("select a from Article a left join fetch a.comments where a.id = :id")
    Optional<Article> findWithComments(Long id);

    /** Articles whose title contains {@code text}, ignoring case: a {@link Specification} to combine with others. */
    static Specification<Article> titleContains(String text) {
        return (root, query, builder) -> builder.like(builder.lower(root.get("title")), "%" + text.toLowerCase() + "%");
    }

    /** Articles of {@code section}. */
    static Specification<Article> inSection(String section) {
        return (root, query, builder) -> builder.equal(root.get("section"), section);
    }
}
