// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.examples.spring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceContext;

import org.hibernate.SessionFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import dev.hibernatepack.monitoring.NPlusOneFinding;
import dev.hibernatepack.monitoring.QueryCounts;
import dev.hibernatepack.monitoring.QueryMonitor;

/**
 * N+1 findings of the application's {@code @Transactional} services: the call site is the service
 * method, not Spring Data's repository, Spring's proxies or a lambda; each transaction is one unit
 * of work; a finding counts every select of the pattern, not just the threshold's.
 */
@NewsroomTest
class CallSitesAndUnitsOfWorkIT {

    private static final int ARTICLES = 6;

    @Autowired
    ArticleService service;

    @Autowired
    CurrentEditor editor;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Autowired
    ArticleRepository articles;

    @Autowired
    TransactionTemplate transaction;

    @PersistenceContext
    EntityManager entityManager;

    List<Long> ids = new ArrayList<>();
    QueryMonitor monitor;

    @BeforeEach
    void publishSixArticlesWithAComment() {
        editor.as("ada", () -> {
            for (int i = 1; i <= ARTICLES; i++) {
                Article article = service.publish("Article " + i, "tech", "Body.");
                service.comment(article.getId(), "reader", "On article " + i + ".");
                ids.add(article.getId());
            }
        });
        monitor = QueryMonitor.of(entityManagerFactory.unwrap(SessionFactory.class)).orElseThrow();
        monitor.reset();
    }

    @Test
    void lazyCommentsReadInAServiceLambdaAreOneFindingAtTheServiceMethodCountingEverySelect() {
        QueryCounts.Counts counts = QueryCounts.record(() -> assertThat(service.listWithComments()).hasSize(ARTICLES));

        assertThat(counts.nPlusOne()).singleElement().satisfies(finding -> {
            assertThat(finding.cause()).isEqualTo("COLLECTION");
            assertThat(finding.association()).isEqualTo("Article.comments");
            assertThat(finding.count()).as("every select of the pattern, not the threshold").isEqualTo(ARTICLES);
            assertApplicationCallSite(finding, "listWithComments");
        });
        assertThat(monitor.snapshot().nPlusOneFindings()).singleElement().isEqualTo(counts.nPlusOne().get(0));
    }

    @Test
    void aFindByIdLoopInAServiceIsAFindFindingAtTheServiceMethod() {
        QueryCounts.Counts counts = QueryCounts.record(() -> assertThat(service.loadAll(ids)).hasSize(ARTICLES));

        assertThat(counts.selects()).isEqualTo(ARTICLES);
        assertThat(counts.nPlusOne()).singleElement().satisfies(finding -> {
            assertThat(finding.cause()).isEqualTo("FIND");
            assertThat(finding.count()).isEqualTo(ARTICLES);
            assertApplicationCallSite(finding, "loadAll");
        });
    }

    @Test
    void loadsInSeparateTransactionsAreNoNPlusOne() {
        QueryCounts.Counts counts = QueryCounts.record(() -> ids.forEach(service::loadOne));

        assertThat(counts.selects()).as("an article and its comments per transaction").isEqualTo(2 * ARTICLES);
        assertThat(counts.nPlusOne()).isEmpty();
        assertThat(monitor.snapshot().nPlusOneFindings()).isEmpty();
    }

    @Test
    void findsOnTheSharedEntityManagerInATransactionTemplateAreFoundAtTheTestsOwnFrame() {
        QueryCounts.Counts counts = QueryCounts.record(() -> transaction.executeWithoutResult(
                status -> ids.forEach(id -> entityManager.find(Article.class, id))));

        assertThat(counts.nPlusOne()).singleElement().satisfies(finding -> {
            assertThat(finding.cause()).isEqualTo("FIND");
            assertThat(finding.count()).isEqualTo(ARTICLES);
            assertThat(finding.callSite()).startsWith(CallSitesAndUnitsOfWorkIT.class.getName()
                    + ".findsOnTheSharedEntityManagerInATransactionTemplateAreFoundAtTheTestsOwnFrame(CallSitesAndUnitsOfWorkIT.java:");
        });
    }

    @Test
    void repositoryFindsOutsideATransactionRunEachInASessionOfTheirOwnSoAreNoNPlusOne() {
        QueryCounts.Counts counts = QueryCounts.record(() -> ids.forEach(articles::findById));

        assertThat(counts.selects()).isEqualTo(ARTICLES);
        assertThat(counts.nPlusOne()).isEmpty();
        assertThat(monitor.snapshot().nPlusOneFindings()).isEmpty();
    }

    private static void assertApplicationCallSite(NPlusOneFinding finding, String method) {
        assertThat(finding.callSite())
                .startsWith(ArticleService.class.getName() + "." + method + "(ArticleService.java:")
                .doesNotContain("org.springframework", "$$SpringCGLIB$$", "jdk.proxy", "lambda$");
    }
}
