// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.examples.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import jakarta.persistence.EntityManagerFactory;

import org.hibernate.SessionFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.transaction.support.TransactionTemplate;

import dev.hibernatepack.monitoring.NPlusOneFinding;
import dev.hibernatepack.monitoring.QueryCounts;
import dev.hibernatepack.monitoring.QueryKind;
import dev.hibernatepack.monitoring.QueryMonitor;

/** The monitoring module sees the statements Spring Data's repositories run, and their N+1s. */
@NewsroomTest
class MonitoringUnderBootIT {

    @Autowired
    ArticleService service;

    @Autowired
    ArticleRepository articles;

    @Autowired
    CurrentEditor editor;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    Article first;

    @BeforeEach
    void publishThreeArticlesWithAComment() {
        editor.as("ada", () -> {
            for (String title : new String[] {"One", "Two", "Three"}) {
                Article article = service.publish(title, "tech", "Body.");
                service.comment(article.getId(), "reader", "On " + title + ".");
                first = first == null ? article : first;
            }
        });
    }

    @Test
    void queryCountsSeeTheRepositorysStatements() {
        QueryCounts.assertSelects(2, () -> articles.findAll(PageRequest.of(0, 1, Sort.by("title"))));   // the rows and the total
        QueryCounts.assertSelects(1, () -> articles.findBySlug("two"));
        QueryCounts.Counts delete = QueryCounts.record(() -> editor.as("ada", () -> articles.deleteById(first.getId())));
        assertThat(delete.deletes()).as("a soft delete").isZero();
        assertThat(delete.updates()).isPositive();
        assertThat(delete.statements()).anyMatch(shape -> shape.startsWith("update article set"));
    }

    @Test
    void theFactorysMonitorCountsTheRepositorysSelects() {
        QueryMonitor monitor = QueryMonitor.of(entityManagerFactory.unwrap(SessionFactory.class)).orElseThrow();
        long before = monitor.snapshot().count(QueryKind.SELECT);
        articles.findAll();
        articles.count();
        assertThat(monitor.snapshot().count(QueryKind.SELECT) - before).isEqualTo(2);
    }

    @Test
    void lazyCollectionsOfRepositoryResultsReadOneAtATimeAreAnNPlusOne() {
        QueryCounts.Counts counts = QueryCounts.record(() -> transaction.executeWithoutResult(status -> {
            for (Article article : articles.findAll()) {
                article.getComments().size();
            }
        }));
        assertThat(counts.selects()).isEqualTo(4);
        assertThat(counts.nPlusOne()).extracting(NPlusOneFinding::cause, NPlusOneFinding::association)
                .containsExactly(tuple("COLLECTION", "Article.comments"));

        QueryCounts.assertNoNPlusOne(() -> transaction.executeWithoutResult(status -> {
            for (Article article : articles.findAll()) {
                articles.findWithComments(article.getId()).orElseThrow().getComments().size();
            }
        }));
    }
}
