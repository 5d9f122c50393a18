// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.hibernate.resource.jdbc.spi.StatementInspector;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.hibernatepack.monitoring.testmodel.Author;
import dev.hibernatepack.monitoring.testmodel.Book;
import dev.hibernatepack.testing.SessionFactoryScope;
import dev.hibernatepack.testing.TestDatabase;
import dev.hibernatepack.testing.TestSessionFactories;

/** Boots its own factories: with settings, switched off, or failing on a bad value. */
class MonitoringSetupIT {

    private static final List<Class<?>> ENTITIES = List.of(Author.class, Book.class);

    @BeforeEach
    void skipWhenTheDatabaseIsMissing() {
        TestDatabase.current().assumeAvailable();
    }

    /** An application inspector that rewrites SQL: the rewritten SQL is what runs and what is measured. */
    public static final class CommentingInspector implements StatementInspector {
        @Override
        public String inspect(String sql) {
            return "/* app */ " + sql;
        }
    }

    @Test
    void anInspectorThatRewritesSqlStillRewritesIt() {
        // The harness's own inspector is replaced here by one named as a class, as in persistence.xml.
        try (SessionFactoryScope scope = TestSessionFactories.open(ENTITIES,
                Map.of("hibernate.session_factory.statement_inspector", CommentingInspector.class.getName()), "rewriting")) {
            QueryCounts.Counts counts = QueryCounts.record(() -> scope.inSession(session ->
                    session.createNativeQuery("select 1", Integer.class).getSingleResult()));
            assertThat(counts.selects()).isEqualTo(1);
            assertThat(counts.statements()).containsExactly("select ?");
        }
    }

    @Test
    void switchedOffInstallsNothing() {
        try (SessionFactoryScope scope = TestSessionFactories.open(ENTITIES, Map.of(MonitoringSettings.ENABLED, "false"), "off")) {
            assertThat(QueryMonitor.of(scope.sessionFactory())).isEmpty();
            QueryCounts.Counts counts = QueryCounts.record(() -> scope.inSession(session ->
                    session.createSelectionQuery("from Author", Author.class).getResultList()));
            assertThat(counts.selects()).isZero();
            assertThat(scope.sql().selects()).hasSize(1);
        }
    }

    @Test
    void aBadSettingFailsTheBootNamingItAndWhatIsAllowed() {
        assertThatThrownBy(() -> TestSessionFactories.open(ENTITIES, Map.of(MonitoringSettings.N_PLUS_ONE, "loud"), "bad"))
                .satisfies(e -> assertThat(rootMessage(e)).isEqualTo(
                        "The value [loud] of the [hibernatepack.monitoring.n_plus_one] setting is not supported; allowed: off, log, throw"));
        assertThatThrownBy(() -> TestSessionFactories.open(ENTITIES, Map.of(MonitoringSettings.N_PLUS_ONE_THRESHOLD, "1"), "bad"))
                .satisfies(e -> assertThat(rootMessage(e)).contains("[hibernatepack.monitoring.n_plus_one_threshold]")
                        .endsWith("allowed: a whole number >= 2"));
    }

    @Test
    void slowQueriesAreLoggedWithShapeAndCallSiteButNoLiterals() {
        String slowSql = TestDatabase.current() == TestDatabase.POSTGRESQL
                ? "select sum(x * 2) from generate_series(1, 3000000) x where 'secret-literal' is not null"
                : "select sum(x * 2) from system_range(1, 3000000) where 'secret-literal' is not null";
        List<LogRecord> logged = new ArrayList<>();
        Logger logger = Logger.getLogger("dev.hibernatepack.monitoring.SlowQuery");
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                logged.add(record);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        logger.addHandler(handler);
        try (SessionFactoryScope scope = TestSessionFactories.open(ENTITIES, Map.of(MonitoringSettings.SLOW_QUERY_THRESHOLD_MS, "1"), "slow")) {
            scope.inSession(session -> session.createNativeQuery(slowSql, Object.class).getSingleResult());
            assertThat(QueryMonitor.of(scope.sessionFactory()).orElseThrow().snapshot().slowQueries()).anySatisfy(slow -> {
                assertThat(slow.shape()).contains("where ? is not null");
                assertThat(slow.duration().toNanos()).isGreaterThanOrEqualTo(1_000_000);
                assertThat(slow.callSite()).startsWith(MonitoringSetupIT.class.getName());
                assertThat(slow.cause()).isNull(); // a query of the application, not a lazy load
            });
        } finally {
            logger.removeHandler(handler);
        }

        assertThat(logged).anySatisfy(record -> assertThat(format(record))
                .startsWith("Slow query: ")
                .contains(MonitoringSetupIT.class.getName() + ".lambda$slowQueriesAreLoggedWithShapeAndCallSiteButNoLiterals")
                .contains("where ? is not null")
                .doesNotContain("secret-literal"));
    }

    private static String format(LogRecord record) {
        return new java.util.logging.SimpleFormatter().formatMessage(record);
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage();
    }
}
