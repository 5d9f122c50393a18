// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import jakarta.persistence.EntityManagerFactory;

import org.hibernate.SessionEventListener;
import org.hibernate.SessionFactory;
import org.hibernate.engine.jdbc.batch.internal.BatchBuilderImpl;
import org.hibernate.engine.jdbc.batch.spi.Batch;
import org.hibernate.engine.jdbc.batch.spi.BatchBuilder;
import org.hibernate.engine.jdbc.batch.spi.BatchKey;
import org.hibernate.engine.jdbc.mutation.group.PreparedStatementGroup;
import org.hibernate.engine.jdbc.spi.JdbcCoordinator;
import org.hibernate.jpa.HibernatePersistenceConfiguration;
import org.hibernate.resource.jdbc.spi.StatementInspector;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.hibernatepack.monitoring.testmodel.Author;
import dev.hibernatepack.monitoring.testmodel.Book;
import dev.hibernatepack.testing.LogCapture;
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

    /** A listener of the application's own, in the {@code hibernate.session.events.auto} slot the module leaves free. */
    public static final class CountingSessionListener implements SessionEventListener {
        private static final long serialVersionUID = 1L;
        static final AtomicInteger EXECUTIONS = new AtomicInteger();

        @Override
        public void jdbcExecuteStatementEnd() {
            EXECUTIONS.incrementAndGet();
        }
    }

    @Test
    void theApplicationsOwnSessionListenerStillRunsBesideTheMonitor() {
        CountingSessionListener.EXECUTIONS.set(0);
        try (SessionFactoryScope scope = TestSessionFactories.open(ENTITIES,
                Map.of("hibernate.session.events.auto", CountingSessionListener.class.getName()), "auto-listener")) {
            QueryMonitor monitor = QueryMonitor.of(scope.sessionFactory()).orElseThrow();
            monitor.reset();
            scope.inSession(session -> session.createSelectionQuery("from Author", Author.class).getResultList());
            scope.inStatelessTransaction(session -> session.createSelectionQuery("from Book", Book.class).getResultList());

            assertThat(CountingSessionListener.EXECUTIONS).hasValue(2);
            assertThat(monitor.snapshot().count(QueryKind.SELECT)).isEqualTo(2);
            assertThat(monitor.snapshot().total()).isPositive();
        }
    }

    /** A batch builder of the application's own, named in {@code hibernate.jdbc.batch.builder}. */
    public static final class CountingBatchBuilder implements BatchBuilder {
        static final AtomicInteger BUILT = new AtomicInteger();
        private final BatchBuilder standard = new BatchBuilderImpl(10);

        @Override
        public Batch buildBatch(BatchKey key, Integer batchSize, Supplier<PreparedStatementGroup> statementGroupSupplier,
                JdbcCoordinator jdbcCoordinator) {
            BUILT.incrementAndGet();
            return standard.buildBatch(key, batchSize, statementGroupSupplier, jdbcCoordinator);
        }
    }

    @Test
    void theApplicationsBatchBuilderStillBuildsTheBatchesWhoseRowsAreCounted() {
        CountingBatchBuilder.BUILT.set(0);
        try (SessionFactoryScope scope = TestSessionFactories.open(ENTITIES,
                Map.of("hibernate.jdbc.batch.builder", CountingBatchBuilder.class.getName(), "hibernate.jdbc.batch_size", "10"),
                "batch-builder")) {
            QueryMonitor monitor = QueryMonitor.of(scope.sessionFactory()).orElseThrow();
            monitor.reset();
            scope.inTransaction(session -> {
                for (int i = 0; i < 3; i++) {
                    session.persist(new Author("author " + i));
                }
            });

            assertThat(CountingBatchBuilder.BUILT).hasPositiveValue();
            assertThat(monitor.snapshot().shapes()).filteredOn(shape -> shape.kind() == QueryKind.INSERT).singleElement()
                    .satisfies(insert -> {
                        assertThat(insert.count()).isEqualTo(1);
                        assertThat(insert.rows()).isEqualTo(3);
                    });
        }
    }

    @Test
    void aJpaBootstrapIsMonitoredToo() {
        var configuration = new HibernatePersistenceConfiguration("jpa-monitored").managedClasses(ENTITIES.toArray(Class<?>[]::new));
        TestDatabase.current().connectionSettings("jpa").forEach(configuration::property);
        configuration.property("hibernate.hbm2ddl.auto", "create-drop");
        try (EntityManagerFactory factory = configuration.createEntityManagerFactory()) {
            QueryMonitor monitor = QueryMonitor.of(factory.unwrap(SessionFactory.class)).orElseThrow();
            factory.runInTransaction(em -> em.persist(new Author("Ada")));
            factory.runInTransaction(em -> em.createQuery("from Author", Author.class).getResultList());

            QueryStatistics stats = monitor.snapshot();
            assertThat(stats.count(QueryKind.INSERT)).isEqualTo(1);
            assertThat(stats.count(QueryKind.SELECT)).isGreaterThanOrEqualTo(1);
            assertThat(stats.total()).isPositive(); // timed, so the session listener is there
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
                        .endsWith("allowed: a whole number from 2 to 2147483647"));
        assertThatThrownBy(() -> TestSessionFactories.open(ENTITIES, Map.of(MonitoringSettings.MAX_SHAPES, "4294967297"), "bad"))
                .satisfies(e -> assertThat(rootMessage(e)).isEqualTo("The value [4294967297] of the"
                        + " [hibernatepack.monitoring.max_shapes] setting is not supported; allowed: a whole number from 1 to 1000000"));
        assertThatThrownBy(() -> TestSessionFactories.open(ENTITIES, Map.of(MonitoringSettings.JMX, ""), "bad"))
                .satisfies(e -> assertThat(rootMessage(e)).isEqualTo("The value [] of the [hibernatepack.monitoring.jmx] setting is not"
                        + " supported; allowed: true, false (a blank value is not a setting: remove it to use the default)"));
    }

    @Test
    void aMeterRegistryNamedInsteadOfGivenFailsTheBoot() {
        assertThatThrownBy(() -> TestSessionFactories.open(ENTITIES, Map.of(MonitoringSettings.METER_REGISTRY, "prometheusMeterRegistry"), "bad"))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessage("The value [prometheusMeterRegistry] of the [hibernatepack.monitoring.meter_registry] setting is not supported;"
                        + " allowed: an instance of io.micrometer.core.instrument.MeterRegistry (an object in the settings map, not a name)");
    }

    @Test
    void slowQueriesAreLoggedWithShapeAndCallSiteButNoLiterals() {
        String slowSql = switch (TestDatabase.current()) {
            case POSTGRESQL, PGBOUNCER -> "select sum(x * 2) from generate_series(1, 3000000) x where 'secret-literal' is not null";
            case MARIADB -> "select sum(seq * 2) from seq_1_to_3000000 where 'secret-literal' is not null";
            case H2 -> "select sum(x * 2) from system_range(1, 3000000) where 'secret-literal' is not null";
        };
        List<String> logged;
        try (LogCapture log = LogCapture.of("dev.hibernatepack.monitoring.SlowQuery");
                SessionFactoryScope scope = TestSessionFactories.open(ENTITIES, Map.of(MonitoringSettings.SLOW_QUERY_THRESHOLD_MS, "1"), "slow")) {
            scope.inSession(session -> session.createNativeQuery(slowSql, Object.class).getSingleResult());
            assertThat(QueryMonitor.of(scope.sessionFactory()).orElseThrow().snapshot().slowQueries()).anySatisfy(slow -> {
                assertThat(slow.shape()).contains("where ? is not null");
                assertThat(slow.duration().toNanos()).isGreaterThanOrEqualTo(1_000_000);
                assertThat(slow.callSite()).startsWith(MonitoringSetupIT.class.getName());
                assertThat(slow.cause()).isNull(); // a query of the application, not a lazy load
            });
            logged = log.messages();
        }

        assertThat(logged).anySatisfy(line -> assertThat(line)
                .startsWith("Slow query: ")
                .contains(MonitoringSetupIT.class.getName() + ".slowQueriesAreLoggedWithShapeAndCallSiteButNoLiterals")
                .contains("where ? is not null")
                .doesNotContain("secret-literal"));
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage();
    }
}
