// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.mixins;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.hibernate.cfg.StatisticsSettings;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.hibernatepack.mixins.testmodel.Note;
import dev.hibernatepack.testing.SessionFactoryScope;
import dev.hibernatepack.testing.TestDatabase;
import dev.hibernatepack.testing.TestSessionFactories;

/**
 * Hiding deleted rows keeps Hibernate's query plan cache working for stateless sessions (the
 * sessions of Jakarta Data repositories): a query's plan, which hides deleted rows, is made once
 * and reused by every stateless session, while a scope's view never reuses it.
 */
class StatelessQueryPlansIT {

    private static final String QUERY = "select n.code from Note n order by n.code";

    @BeforeEach
    void skipWhenTheDatabaseIsMissing() {
        TestDatabase.current().assumeAvailable();
    }

    @Test
    void statelessSessionsShareOneCachedPlanThatHidesDeletedRows() {
        try (SessionFactoryScope scope = TestSessionFactories.open(List.of(Note.class),
                Map.of(StatisticsSettings.GENERATE_STATISTICS, "true"), "stateless-plans")) {
            Note alive = new Note("alive");
            Note deleted = new Note("deleted");
            scope.inTransaction(session -> {
                session.persist(alive);
                session.persist(deleted);
            });
            scope.inTransaction(session -> session.remove(session.find(Note.class, deleted.getId())));
            var statistics = scope.sessionFactory().getStatistics();
            statistics.clear();

            for (int i = 0; i < 3; i++) {
                List<List<String>> seen = scope.fromStatelessTransaction(session -> List.of(
                        session.createSelectionQuery(QUERY, String.class).getResultList(),
                        session.createSelectionQuery(QUERY, String.class).getResultList(),
                        SoftDeletes.withDeleted(session, () -> session.createSelectionQuery(QUERY, String.class).getResultList())));
                assertThat(seen).containsExactly(List.of("alive"), List.of("alive"), List.of("alive", "deleted"));
            }

            // Hibernate counts two caches as one: the parsed HQL (every query after the first: 8) and the
            // plan (every hiding query after the first: 5; the scope's three are never cached)
            assertThat(statistics.getQueryPlanCacheHitCount()).isEqualTo(8 + 5);
        }
    }
}
