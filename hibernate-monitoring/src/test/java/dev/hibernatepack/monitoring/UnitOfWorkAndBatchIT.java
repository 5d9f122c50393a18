// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Level;
import java.util.logging.LogRecord;

import org.hibernate.Transaction;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.hibernatepack.monitoring.testmodel.Author;
import dev.hibernatepack.monitoring.testmodel.Book;
import dev.hibernatepack.testing.HibernateTest;
import dev.hibernatepack.testing.LogCapture;
import dev.hibernatepack.testing.SessionFactoryScope;
import dev.hibernatepack.testing.Setting;

@HibernateTest(entities = {Author.class, Book.class}, settings = @Setting(name = "hibernate.jdbc.batch_size", value = "10"))
class UnitOfWorkAndBatchIT {

    private QueryMonitor monitor;

    @BeforeEach
    void freshStatistics(SessionFactoryScope scope) {
        scope.truncateMappedTables();
        monitor = QueryMonitor.of(scope.sessionFactory()).orElseThrow();
        monitor.reset();
    }

    private static ShapeStatistics only(QueryStatistics stats, QueryKind kind) {
        return stats.shapes().stream().filter(shape -> shape.kind() == kind).reduce((a, b) -> {
            throw new AssertionError("more than one " + kind + " shape: " + a + ", " + b);
        }).orElseThrow(() -> new AssertionError("no " + kind + " shape in " + stats.shapes()));
    }

    @Test
    void eachJdbcBatchIsOneExecutionWithItsRows(SessionFactoryScope scope) {
        scope.inTransaction(session -> {
            for (int i = 0; i < 25; i++) {
                session.persist(new Author("author " + i));
            }
        });

        ShapeStatistics insert = only(monitor.snapshot(), QueryKind.INSERT);
        assertThat(scope.sql().inserts()).hasSize(1); // prepared once: one JDBC batch statement
        assertThat(insert.count()).isEqualTo(3); // batches of 10, 10 and 5
        assertThat(insert.rows()).isEqualTo(25);
        assertThat(insert.meanBatchSize()).isCloseTo(25 / 3.0, within(1e-9));
        assertThat(monitor.snapshot().toJson()).contains("\"count\":3,\"rows\":25");
        assertThat(monitor.snapshot().toHtml()).contains("<td class=\"n\">8.3</td>");
    }

    @Test
    void singleStatementsRunWithOneRowEach(SessionFactoryScope scope) {
        scope.inSession(session -> {
            for (int i = 0; i < 3; i++) {
                session.createSelectionQuery("from Author", Author.class).getResultList();
            }
        });

        ShapeStatistics select = only(monitor.snapshot(), QueryKind.SELECT);
        assertThat(select.count()).isEqualTo(3);
        assertThat(select.rows()).isEqualTo(3);
        assertThat(select.meanBatchSize()).isEqualTo(1.0);
    }

    @Test
    void anUnbatchedUpdateAfterABatchIsNotCountedAsPartOfIt(SessionFactoryScope scope) {
        scope.inTransaction(session -> {
            for (int i = 0; i < 12; i++) {
                session.persist(new Author("author " + i));
            }
            session.flush();
            session.createMutationQuery("update Author set name = 'renamed'").executeUpdate();
        });

        QueryStatistics stats = monitor.snapshot();
        assertThat(only(stats, QueryKind.INSERT).rows()).isEqualTo(12);
        assertThat(only(stats, QueryKind.UPDATE).count()).isEqualTo(1);
        assertThat(only(stats, QueryKind.UPDATE).rows()).isEqualTo(1);
    }

    @Test
    void eachTransactionIsOneUnitOfWork(SessionFactoryScope scope) {
        List<UnitOfWorkStatistics> units = new CopyOnWriteArrayList<>();
        try (var registration = monitor.onUnitOfWork(units::add)) {
            scope.inTransaction(session -> {
                for (int i = 0; i < 3; i++) {
                    session.persist(new Author("author " + i));
                }
            });
            scope.inSession(session -> {
                Transaction first = session.beginTransaction();
                session.createSelectionQuery("from Author", Author.class).getResultList();
                first.commit();
                Transaction second = session.beginTransaction();
                session.createSelectionQuery("from Book", Book.class).getResultList();
                session.createSelectionQuery("from Book", Book.class).getResultList();
                second.rollback();
                // Outside any transaction: reported when the session closes.
                session.createSelectionQuery("from Author", Author.class).getResultList();
            });
        }

        assertThat(units).hasSize(4);
        UnitOfWorkStatistics inserts = units.get(0);
        assertThat(inserts.count(QueryKind.INSERT)).isEqualTo(1);
        assertThat(inserts.shapes()).filteredOn(shape -> shape.kind() == QueryKind.INSERT)
                .singleElement().satisfies(shape -> assertThat(shape.rows()).isEqualTo(3));
        assertThat(units.get(1).count()).isEqualTo(1);
        assertThat(units.get(1).shapes()).singleElement().satisfies(shape -> assertThat(shape.shape()).containsIgnoringCase("from author"));
        assertThat(units.get(2).count(QueryKind.SELECT)).isEqualTo(2); // a rolled-back transaction is a unit of work too
        assertThat(units.get(2).shapes()).singleElement().satisfies(shape -> {
            assertThat(shape.shape()).containsIgnoringCase("from book");
            assertThat(shape.count()).isEqualTo(2);
        });
        assertThat(units.get(3).count()).isEqualTo(1);
        for (UnitOfWorkStatistics unit : units) {
            assertThat(unit.total()).isPositive();
            assertThat(unit.max()).isPositive().isLessThanOrEqualTo(unit.total());
            assertThat(unit.nPlusOneFindings()).isEmpty();
        }
        assertThat(units.get(2).toString()).startsWith("2 statements (2 select) in ").contains(" ms, slowest ");
    }

    @Test
    void noUnitIsReportedAfterTheRegistrationIsClosedNorForAUnitWithoutStatements(SessionFactoryScope scope) {
        List<UnitOfWorkStatistics> units = new CopyOnWriteArrayList<>();
        var registration = monitor.onUnitOfWork(units::add);
        scope.inTransaction(session -> { });
        assertThat(units).isEmpty();
        registration.close();
        registration.close(); // a second close does nothing
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> monitor.onUnitOfWork(null))
                .isInstanceOf(NullPointerException.class).hasMessage("listener must not be null");
        scope.inSession(session -> session.createSelectionQuery("from Author", Author.class).getResultList());
        assertThat(units).isEmpty();
    }

    @Test
    void theNPlusOneFindingsOfAUnitOfWorkAreInItsTotals(SessionFactoryScope scope) {
        scope.inTransaction(session -> {
            for (int i = 0; i < 6; i++) {
                Author author = new Author("author " + i);
                author.addBook("book " + i);
                session.persist(author);
            }
        });
        List<UnitOfWorkStatistics> units = new CopyOnWriteArrayList<>();
        try (var registration = monitor.onUnitOfWork(units::add)) {
            scope.inTransaction(session -> session.createSelectionQuery("from Author", Author.class).getResultList()
                    .forEach(author -> author.getBooks().size()));
        }

        assertThat(units).singleElement().satisfies(unit -> {
            assertThat(unit.count(QueryKind.SELECT)).isEqualTo(7);
            assertThat(unit.nPlusOneFindings()).singleElement().satisfies(finding -> {
                assertThat(finding.association()).isEqualTo("Author.books");
                assertThat(finding.count()).isEqualTo(6);
            });
        });
    }

    @Test
    void aListenerThatFailsIsLoggedAndTheCommitStands(SessionFactoryScope scope) {
        List<UnitOfWorkStatistics> seenByTheNext = new CopyOnWriteArrayList<>();
        List<LogRecord> logged;
        try (LogCapture log = LogCapture.of("dev.hibernatepack.monitoring.UnitOfWork");
                var failing = monitor.onUnitOfWork(unit -> {
                    throw new IllegalStateException("listener bug");
                });
                var next = monitor.onUnitOfWork(seenByTheNext::add)) {
            scope.inTransaction(session -> session.persist(new Author("Ada")));
            logged = log.records();
        }

        List<Author> authors = scope.fromSession(session -> session.createSelectionQuery("from Author", Author.class).getResultList());
        assertThat(authors).singleElement().satisfies(author -> assertThat(author.getName()).isEqualTo("Ada"));
        assertThat(seenByTheNext).hasSize(1);
        assertThat(logged).singleElement().satisfies(record -> {
            assertThat(record.getLevel()).isEqualTo(Level.WARNING);
            assertThat(record.getThrown()).hasMessage("listener bug");
        });
    }
}
