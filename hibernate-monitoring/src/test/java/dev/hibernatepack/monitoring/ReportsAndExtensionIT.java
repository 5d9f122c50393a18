// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.hibernate.cfg.AvailableSettings;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.hibernatepack.monitoring.junit.ExpectQueries;
import dev.hibernatepack.monitoring.testmodel.Author;
import dev.hibernatepack.monitoring.testmodel.Book;
import dev.hibernatepack.testing.HibernateTest;
import dev.hibernatepack.testing.SessionFactoryScope;
import dev.hibernatepack.testing.TestSessionFactories;

@HibernateTest(entities = {Author.class, Book.class})
class ReportsAndExtensionIT {

    private SessionFactoryScope scope;

    @BeforeEach
    void data(SessionFactoryScope scope) {
        this.scope = scope;
        scope.inTransaction(session -> {
            for (int i = 0; i < 6; i++) {
                Author author = new Author("author <" + i + ">");
                author.addBook("book \"" + i + "\"");
                session.persist(author);
            }
        });
        QueryMonitor.of(scope.sessionFactory()).orElseThrow().reset();
    }

    private void nPlusOne() {
        scope.inTransaction(session -> {
            for (Author author : session.createSelectionQuery("from Author where name <> 'x'", Author.class).getResultList()) {
                author.getBooks().size();
            }
        });
    }

    @Test
    @ExpectQueries(select = 1)
    void theExtensionCountsOnlyTheTestBody() {
        // The six inserts of @BeforeEach are not counted.
        scope.inSession(session -> session.createSelectionQuery("from Author", Author.class).getResultList());
    }

    @Test
    void theJsonSnapshotHoldsCountsShapesAndFindings() {
        nPlusOne();

        String json = QueryMonitor.of(scope.sessionFactory()).orElseThrow().snapshot().toJson();

        assertThat(json).startsWith("{\"sessionFactory\":").contains("},\"count\":7,").contains("\"SELECT\":7")
                .contains("\"association\":\"Author.books\"")
                .contains("\"count\":6,\"callSite\":\"" + ReportsAndExtensionIT.class.getName())
                .contains("name<>?");
    }

    @Test
    void theHtmlReportShowsFindingsAndTopShapesEscaped() {
        nPlusOne();

        String html = QueryMonitor.of(scope.sessionFactory()).orElseThrow().snapshot().toHtml();

        assertThat(html).startsWith("<!DOCTYPE html>").contains("<h2>N+1 findings</h2>").contains("Author.books")
                .contains("<h2>Top statements by total time</h2>").contains("name&lt;&gt;?")
                .doesNotContain("name<>?").endsWith("</html>\n");
    }

    @Test
    void theReportsNameTheirFactoryAndTheWindowFromItsStartOrLastReset() {
        try (SessionFactoryScope named = TestSessionFactories.open(List.of(Author.class, Book.class),
                Map.of(AvailableSettings.SESSION_FACTORY_NAME, "reporting"), "reporting")) {
            QueryMonitor monitor = QueryMonitor.of(named.sessionFactory()).orElseThrow();
            Instant beforeFirstQuery = Instant.now();
            named.inSession(session -> session.createSelectionQuery("from Author", Author.class).getResultList());

            QueryStatistics stats = monitor.snapshot();
            assertThat(stats.sessionFactory()).isEqualTo("reporting");
            assertThat(stats.since()).isBeforeOrEqualTo(beforeFirstQuery);
            assertThat(stats.until()).isAfterOrEqualTo(beforeFirstQuery);
            assertThat(stats.window()).isEqualTo(java.time.Duration.between(stats.since(), stats.until()));
            assertThat(stats.toJson()).startsWith("{\"sessionFactory\":\"reporting\",\"window\":{\"from\":\"" + stats.since()
                    + "\",\"to\":\"" + stats.until() + "\",\"durationMicros\":");
            assertThat(stats.toHtml()).contains("<h1>Query report of session factory <code>reporting</code></h1>")
                    .containsPattern("From \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d UTC to \\d{4}-\\d\\d-\\d\\d "
                            + "\\d\\d:\\d\\d:\\d\\d UTC \\([0-9.]+ (ms|s)\\)\\. Times in milliseconds\\.");

            Instant beforeReset = Instant.now();
            monitor.reset();
            assertThat(monitor.snapshot().since()).isAfterOrEqualTo(beforeReset);
        }
    }

    @Test
    void aFactoryWithoutANameIsNamedByItsUuid() {
        assertThat(QueryMonitor.of(scope.sessionFactory()).orElseThrow().snapshot().sessionFactory())
                .isEqualTo(scope.sessionFactory().getUuid());
    }
}
