// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.examples.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.InvalidDataAccessApiUsageException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import dev.hibernatepack.mixins.BulkDeleteRefusedException;

/**
 * Every read of Spring Data JPA's repositories leaves soft-deleted rows out, with no condition in
 * the repository, and every delete it offers is a soft delete or refused.
 */
@NewsroomTest
class SpringDataSoftDeleteIT {

    @Autowired
    ArticleService service;

    @Autowired
    ArticleRepository articles;

    @Autowired
    CommentRepository comments;

    @Autowired
    CurrentEditor editor;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    JdbcTemplate jdbc;

    Article live;
    Article deleted;
    Article weather;

    @BeforeEach
    void publishThreeArticlesAndDeleteOne() {
        editor.as("ada", () -> {
            live = service.publish("Alpha", "tech", "Stays.");
            deleted = service.publish("Beta", "tech", "Goes.");
            weather = service.publish("Gamma", "weather", "Stays too.");
            service.comment(deleted.getId(), "reader", "On a deleted article.");
            articles.deleteById(deleted.getId());
        });
    }

    @Test
    void findByIdExistsByIdAndCountLeaveTheDeletedArticleOut() {
        assertThat(articles.findById(deleted.getId())).isEmpty();
        assertThat(articles.findById(live.getId())).isPresent();
        assertThat(articles.existsById(deleted.getId())).isFalse();
        assertThat(articles.existsById(live.getId())).isTrue();
        assertThat(articles.count()).isEqualTo(2);
        assertThat(articles.findAllById(List.of(live.getId(), deleted.getId()))).extracting(Article::getTitle)
                .containsExactly("Alpha");
    }

    @Test
    void findAllSortedAndPagedLeavesTheDeletedArticleOutOfContentAndTotals() {
        assertThat(articles.findAll(Sort.by(Sort.Direction.DESC, "title"))).extracting(Article::getTitle)
                .containsExactly("Gamma", "Alpha");
        Page<Article> first = articles.findAll(PageRequest.of(0, 1, Sort.by("title")));
        assertThat(first.getContent()).extracting(Article::getTitle).containsExactly("Alpha");
        assertThat(first.getTotalElements()).isEqualTo(2);
        assertThat(first.getTotalPages()).isEqualTo(2);
        assertThat(articles.findAll(PageRequest.of(1, 1, Sort.by("title"))).getContent()).extracting(Article::getTitle)
                .containsExactly("Gamma");
    }

    @Test
    void derivedQueriesLeaveTheDeletedArticleOut() {
        assertThat(articles.findBySlug(deleted.getSlug())).isEmpty();
        assertThat(articles.findBySlug(live.getSlug())).isPresent();
        assertThat(articles.findBySectionOrderByTitle("tech")).extracting(Article::getTitle).containsExactly("Alpha");
        Page<Article> page = articles.findBySection("tech", PageRequest.of(0, 10));
        assertThat(page.getContent()).extracting(Article::getTitle).containsExactly("Alpha");
        assertThat(page.getTotalElements()).isEqualTo(1);
        assertThat(articles.countBySection("tech")).isEqualTo(1);
        assertThat(articles.existsByTitle("Beta")).isFalse();
        assertThat(articles.existsByTitle("Alpha")).isTrue();
    }

    @Test
    void queryMethodsLeaveTheDeletedArticleOut() {
        assertThat(articles.titlesBy("ada")).containsExactly("Alpha", "Gamma");
        assertThat(articles.findWithComments(deleted.getId())).isEmpty();
        assertThat(articles.findWithComments(live.getId())).isPresent();
    }

    @Test
    void specificationsLeaveTheDeletedArticleOut() {
        assertThat(articles.findAll(ArticleRepository.inSection("tech"))).extracting(Article::getTitle).containsExactly("Alpha");
        assertThat(articles.count(ArticleRepository.titleContains("a"))).isEqualTo(2);
        assertThat(articles.exists(ArticleRepository.titleContains("beta"))).isFalse();
        Page<Article> page = articles.findAll(ArticleRepository.inSection("tech").or(ArticleRepository.inSection("weather")),
                PageRequest.of(0, 1, Sort.by("title")));
        assertThat(page.getContent()).extracting(Article::getTitle).containsExactly("Alpha");
        assertThat(page.getTotalElements()).isEqualTo(2);
    }

    @Test
    void deleteByIdSoftDeletesTheArticleAndCascadesToItsComments() {
        assertThat(jdbc.queryForObject("select count(*) from article", Long.class)).isEqualTo(3);
        assertThat(jdbc.queryForObject("select is_deleted from article where id = ?", Boolean.class, deleted.getId())).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from comment where deleted_at is not null", Long.class)).isEqualTo(1);
        assertThat(comments.count()).isZero();
        assertThat(service.includingDeleted(deleted.getId())).hasValueSatisfying(article -> {
            assertThat(article.isDeleted()).isTrue();
            assertThat(article.getDeletedAt()).isNotNull();
            assertThat(article.getDeletedBy()).isEqualTo("ada");
        });
    }

    @Test
    void deleteDeleteAllByIdAndDeleteAllSoftDelete() {
        editor.as("grace", () -> articles.delete(live));
        assertThat(articles.findAll()).extracting(Article::getTitle).containsExactly("Gamma");
        editor.as("grace", () -> articles.deleteAllById(List.of(weather.getId())));
        assertThat(articles.count()).isZero();
        Article next = editor.as("grace", () -> service.publish("Delta", "tech", "Last."));
        editor.as("grace", () -> articles.deleteAll());
        assertThat(articles.count()).isZero();

        assertThat(jdbc.queryForObject("select count(*) from article", Long.class)).isEqualTo(4);
        assertThat(jdbc.queryForList("select deleted_by from article where id <> ? order by id", String.class, deleted.getId()))
                .containsExactly("grace", "grace", "grace");
        assertThat(service.includingDeleted(next.getId())).hasValueSatisfying(article -> assertThat(article.isDeleted()).isTrue());
    }

    @Test
    void deleteAllInBatchIsRefusedNamingTheAlternatives() {
        assertThatThrownBy(() -> articles.deleteAllInBatch())
                .isInstanceOf(InvalidDataAccessApiUsageException.class)
                .hasRootCauseInstanceOf(BulkDeleteRefusedException.class)
                .hasMessageStartingWith("Bulk delete of soft-deletable entity dev.hibernatepack.examples.spring.Article refused:"
                        + " it would remove rows for good.")
                .hasMessageContaining("SoftDeletes.hardDelete(...) or SoftDeletes.purge(...)");
        assertThatThrownBy(() -> articles.deleteAllByIdInBatch(List.of(live.getId())))
                .isInstanceOf(InvalidDataAccessApiUsageException.class)
                .hasRootCauseInstanceOf(BulkDeleteRefusedException.class);
        assertThatThrownBy(() -> articles.deleteAllInBatch(List.of(live)))
                .isInstanceOf(InvalidDataAccessApiUsageException.class)
                .hasRootCauseInstanceOf(BulkDeleteRefusedException.class);
        assertThat(articles.count()).isEqualTo(2);
        assertThat(jdbc.queryForObject("select count(*) from article", Long.class)).isEqualTo(3);
    }
}
