// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.examples.spring;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/** Comments, by Spring Data JPA. */
public interface CommentRepository extends JpaRepository<Comment, Long> {

    List<Comment> findByArticleOrderById(Article article);
}
