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

@HibernateTest(entities = {Author.class, Book.class})
class MonitoringIT {

    private QueryMonitor monitor;

    @BeforeEach
    void freshStatistics(SessionFactoryScope scope) {
        monitor = QueryMonitor.of(scope.sessionFactory()).orElseThrow();
        monitor.reset();
    }

    @Test
    void theInspectorTheApplicationConfiguredIsStillCalled(SessionFactoryScope scope) {
        // The harness configures its own collecting inspector in Hibernate's single slot.
        scope.inTransaction(session -> session.persist(new Author("Ada")));

        assertThat(scope.sql().inserts()).hasSize(1);
        assertThat(monitor.snapshot().count(QueryKind.INSERT)).isEqualTo(1);
    }

    @Test
    void countsEveryKindAndTime(SessionFactoryScope scope) {
        Author author = new Author("Ada");
        scope.inTransaction(session -> session.persist(author));
        scope.inTransaction(session -> session.find(Author.class, author.getId()).getBooks().add(null));
        scope.inTransaction(session -> session.createMutationQuery("update Author set name = 'Grace'").executeUpdate());
        scope.inTransaction(session -> session.createMutationQuery("delete from Author").executeUpdate());

        QueryStatistics stats = monitor.snapshot();
        assertThat(stats.count(QueryKind.INSERT)).isEqualTo(1);
        assertThat(stats.count(QueryKind.UPDATE)).isEqualTo(1);
        assertThat(stats.count(QueryKind.DELETE)).isEqualTo(1);
        assertThat(stats.count(QueryKind.SELECT)).isGreaterThanOrEqualTo(1);
        assertThat(stats.total()).isPositive();
        assertThat(stats.max()).isPositive().isLessThanOrEqualTo(stats.total());
        assertThat(stats.p50()).isPositive().isLessThanOrEqualTo(stats.p99());
    }

    @Test
    void theSameQueryWithOtherLiteralsIsOneShape(SessionFactoryScope scope) {
        scope.inSession(session -> {
            for (String name : List.of("Ada", "Grace", "Barbara")) {
                session.createSelectionQuery("from Author a where a.name = '" + name + "'", Author.class).getResultList();
            }
        });

        List<ShapeStatistics> selects = monitor.snapshot().shapes().stream().filter(s -> s.kind() == QueryKind.SELECT).toList();
        assertThat(selects).singleElement().satisfies(shape -> {
            assertThat(shape.count()).isEqualTo(3);
            assertThat(shape.shape()).contains("name=?").doesNotContain("Ada");
            assertThat(shape.mean()).isPositive();
        });
    }

    @Test
    void topShapesComeMostTotalTimeFirst(SessionFactoryScope scope) {
        scope.inSession(session -> {
            for (int i = 0; i < 20; i++) {
                session.createSelectionQuery("from Author", Author.class).getResultList();
            }
            session.createSelectionQuery("from Book", Book.class).getResultList();
        });

        List<ShapeStatistics> top = monitor.snapshot().topShapes(2);
        assertThat(top).hasSize(2);
        assertThat(top.get(0).total()).isGreaterThanOrEqualTo(top.get(1).total());
    }

    @Test
    void queryCountsAssertsTheStatementsOfABlock(SessionFactoryScope scope) {
        // Two ids: the second fetches a whole block of the pooled sequence, so the next insert needs no sequence call.
        scope.inTransaction(session -> {
            session.persist(new Author("Ada"));
            session.persist(new Author("Barbara"));
        });

        List<Author> authors = QueryCounts.assertSelects(1,
                () -> scope.fromSession(session -> session.createSelectionQuery("from Author", Author.class).getResultList()));
        assertThat(authors).hasSize(2);
        QueryCounts.assertCounts(0, 1, 0, 0, () -> scope.inTransaction(session -> session.persist(new Author("Grace"))));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> QueryCounts.assertSelects(0,
                        () -> scope.inSession(session -> session.createSelectionQuery("from Author", Author.class).getResultList())))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Expected 0 select(s) but the block ran 1")
                .hasMessageContaining("from Author");
    }
}
