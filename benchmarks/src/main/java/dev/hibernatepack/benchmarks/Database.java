// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.benchmarks;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.hibernate.SessionFactory;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.cfg.AvailableSettings;

import dev.hibernatepack.monitoring.MonitoringSettings;

/**
 * One {@code SessionFactory} (native bootstrap) over H2 in memory or PostgreSQL, with the
 * benchmark entities' tables created at boot and dropped at {@link #close()}.
 */
final class Database implements AutoCloseable {

    static final String H2 = "h2";
    static final String POSTGRESQL = "postgresql";

    private static final String H2_URL = "jdbc:h2:mem:bench;DB_CLOSE_DELAY=-1";

    // Hibernate logs through java.util.logging here; its INFO boot banner would interleave with
    // JMH's output. Held in a field because JUL keeps loggers only weakly.
    private static final Logger HIBERNATE_LOG = Logger.getLogger("org.hibernate");

    static {
        HIBERNATE_LOG.setLevel(Level.WARNING);
    }

    private final String name;
    private final BenchmarkConnections connections;
    private final SessionFactory sessionFactory;

    private Database(String name, BenchmarkConnections connections, SessionFactory sessionFactory) {
        this.name = name;
        this.connections = connections;
        this.sessionFactory = sessionFactory;
    }

    /** Boots a {@code SessionFactory} on {@code name} ({@value #H2} or {@value #POSTGRESQL}). */
    static Database open(String name) {
        return open(name, null);
    }

    /** As {@link #open(String)}, counting every JDBC call with {@code counter} when it is not {@code null}. */
    static Database open(String name, StatementCounter counter) {
        return open(name, counter, false);
    }

    /**
     * As {@link #open(String)}, with the pack's query monitoring on or off. Off everywhere except in
     * {@link MonitoringBenchmark}, so the other benchmarks measure plain Hibernate.
     */
    static Database open(String name, StatementCounter counter, boolean monitoring) {
        return open(name, counter, monitoring, Map.of());
    }

    /** As {@link #open(String, StatementCounter, boolean)}, with more Hibernate settings. */
    static Database open(String name, StatementCounter counter, boolean monitoring, Map<String, Object> more) {
        return open(name, counter, monitoring, more,
                List.of(HandPost.class, MixinPost.class, BuiltinPost.class, FlaggedPost.class, SoftPost.class));
    }

    /** As {@link #open(String, StatementCounter, boolean, Map)}, with these entities only. */
    static Database open(String name, StatementCounter counter, boolean monitoring, Map<String, Object> more,
            List<Class<?>> entities) {
        BenchmarkConnections connections = switch (name) {
            case H2 -> new BenchmarkConnections(H2_URL, "sa", "", counter);
            case POSTGRESQL -> postgresql(counter);
            default -> throw new IllegalArgumentException(
                    "The value [" + name + "] of the [database] parameter is not supported; allowed: h2, postgresql");
        };
        Map<String, Object> settings = new HashMap<>();
        settings.put(AvailableSettings.CONNECTION_PROVIDER, connections);
        settings.put(AvailableSettings.STATEMENT_BATCH_SIZE, 50);
        settings.put(AvailableSettings.ORDER_INSERTS, true);
        settings.put(AvailableSettings.HBM2DDL_AUTO, "create-drop");
        settings.put(AvailableSettings.SHOW_SQL, false);
        settings.put(AvailableSettings.FORMAT_SQL, false);
        settings.put(AvailableSettings.HIGHLIGHT_SQL, false);
        settings.put(AvailableSettings.GENERATE_STATISTICS, false);
        settings.put(MonitoringSettings.ENABLED, monitoring);
        settings.putAll(more);
        StandardServiceRegistry registry = new StandardServiceRegistryBuilder().applySettings(settings).build();
        try {
            SessionFactory sessionFactory = new MetadataSources(registry)
                    .addAnnotatedClasses(entities.toArray(Class<?>[]::new))
                    .buildMetadata()
                    .buildSessionFactory();
            return new Database(name, connections, sessionFactory);
        } catch (RuntimeException e) {
            StandardServiceRegistryBuilder.destroy(registry);
            connections.stop();
            throw e;
        }
    }

    /**
     * The one setting by which a factory that {@code dev.hibernatepack.repository.Database} builds
     * differs from the others here: its pooled optimizer, which lets {@code insertAll} draw all its
     * ids in one query. Without that call it behaves as Hibernate's own.
     */
    static Map<String, Object> repositorySettings() {
        return Map.of(AvailableSettings.PREFERRED_POOLED_OPTIMIZER,
                dev.hibernatepack.repository.Database.PERFORMANCE_DEFAULTS.get(AvailableSettings.PREFERRED_POOLED_OPTIMIZER));
    }

    private static BenchmarkConnections postgresql(StatementCounter counter) {
        String url = System.getenv("PG_JDBC_URL");
        if (url == null || url.isBlank()) {
            throw new IllegalStateException("database=postgresql needs the environment variable PG_JDBC_URL"
                    + " (e.g. jdbc:postgresql://127.0.0.1:5432/test) and PG_USER, PG_PASSWORD; PG_JDBC_URL is not set");
        }
        // pgjdbc keeps the last value of a repeated parameter, so this wins over one already in the URL.
        String rewritten = url + (url.contains("?") ? "&" : "?") + "reWriteBatchedInserts=true";
        return new BenchmarkConnections(rewritten, envOrEmpty("PG_USER"), envOrEmpty("PG_PASSWORD"), counter);
    }

    private static String envOrEmpty(String name) {
        String value = System.getenv(name);
        return value == null ? "" : value;
    }

    /** {@value #H2} or {@value #POSTGRESQL}. */
    String name() {
        return name;
    }

    SessionFactory sessionFactory() {
        return sessionFactory;
    }

    /** A connection from the pool Hibernate uses too; give it back with {@link #release(Connection)}. */
    Connection connection() throws SQLException {
        return connections.getConnection();
    }

    void release(Connection connection) throws SQLException {
        connections.closeConnection(connection);
    }

    /** Empties every mapped table; Hibernate also restarts the sequences and resets its id pools. */
    void truncate() {
        sessionFactory.getSchemaManager().truncateMappedObjects();
    }

    @Override
    public void close() {
        try {
            sessionFactory.close();
        } finally {
            connections.stop();
        }
    }
}
