// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.hibernatepack.monitoring.testmodel.Author;
import dev.hibernatepack.monitoring.testmodel.Book;
import dev.hibernatepack.testing.HibernateTest;
import dev.hibernatepack.testing.SessionFactoryScope;
import dev.hibernatepack.testing.Setting;

/**
 * {@code QueryCounts} finds an N+1 where the N+1 log does: within one unit of work (a transaction,
 * or a session's work outside one), and reports the count the unit reached, not the threshold.
 */
@HibernateTest(entities = {Author.class, Book.class}, settings = @Setting(name = MonitoringSettings.N_PLUS_ONE_THRESHOLD, value = "3"))
class QueryCountsUnitOfWorkIT {

    private static final int OWNERS = 6;

    private List<Long> ids;
    private QueryMonitor monitor;

    @BeforeEach
    void data(SessionFactoryScope scope) {
        ids = scope.fromTransaction(session -> {
            for (int i = 0; i < OWNERS; i++) {
                Author author = new Author("author " + i);
                author.addBook("book " + i);
                session.persist(author);
            }
            return session.createSelectionQuery("select a.id from Author a order by a.id", Long.class).getResultList();
        });
        monitor = QueryMonitor.of(scope.sessionFactory()).orElseThrow();
        monitor.reset();
    }

    @Test
    void loadsSpreadOverSeparateTransactionsAreNoNPlusOneForQueryCountsAsForTheLog(SessionFactoryScope scope) {
        QueryCounts.Counts counts = QueryCounts.record(() -> {
            for (Long id : ids) {
                scope.inTransaction(session -> session.find(Author.class, id).getBooks().size());
            }
        });

        assertThat(counts.selects()).isEqualTo(2 * OWNERS);
        assertThat(counts.nPlusOne()).isEmpty();
        assertThat(monitor.snapshot().nPlusOneFindings()).isEmpty();
    }

    @Test
    void transactionsOfOneSessionAreUnitsOfWorkOfTheirOwn(SessionFactoryScope scope) {
        QueryCounts.Counts counts = QueryCounts.record(() -> scope.inSession(session -> {
            for (List<Long> half : List.of(ids.subList(0, OWNERS / 2), ids.subList(OWNERS / 2, OWNERS))) {
                session.getTransaction().begin();
                half.forEach(id -> session.find(Author.class, id));
                session.getTransaction().commit();
                session.clear();
            }
        }));

        // Three finds in each transaction: the threshold is reached in each, so one finding per unit of work.
        assertThat(counts.nPlusOne()).hasSize(2).allSatisfy(finding -> assertThat(finding.count()).isEqualTo(OWNERS / 2));
        assertThat(monitor.snapshot().nPlusOneFindings()).hasSize(2).allSatisfy(finding -> assertThat(finding.count())
                .isEqualTo(OWNERS / 2));
    }

    @Test
    void theFindingReportsTheFinalCountOfItsUnitOfWorkAsTheLogDoes(SessionFactoryScope scope) {
        QueryCounts.Counts counts = QueryCounts.record(() -> scope.inTransaction(session -> {
            for (Author author : session.createSelectionQuery("from Author", Author.class).getResultList()) {
                author.getBooks().size();
            }
        }));

        assertThat(counts.nPlusOne()).singleElement().satisfies(finding -> {
            assertThat(finding.association()).isEqualTo("Author.books");
            assertThat(finding.count()).isEqualTo(OWNERS);
        });
        assertThat(monitor.snapshot().nPlusOneFindings()).singleElement().isEqualTo(counts.nPlusOne().get(0));
    }

    @Test
    void aBlockThatEndsInsideItsUnitOfWorkReportsTheCountReachedInTheBlock(SessionFactoryScope scope) {
        QueryCounts.Counts[] counts = new QueryCounts.Counts[1];
        scope.inTransaction(session -> {
            List<Author> authors = session.createSelectionQuery("from Author", Author.class).getResultList();
            counts[0] = QueryCounts.record(() -> authors.subList(0, 4).forEach(author -> author.getBooks().size()));
            authors.subList(4, OWNERS).forEach(author -> author.getBooks().size());
        });

        assertThat(counts[0].nPlusOne()).singleElement().satisfies(finding -> assertThat(finding.count()).isEqualTo(4));
        assertThat(monitor.snapshot().nPlusOneFindings()).singleElement().satisfies(finding -> assertThat(finding.count())
                .isEqualTo(OWNERS));
    }
}
