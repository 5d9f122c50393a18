// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.repository;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Function;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;

import org.hibernate.FlushMode;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.Transaction;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.cfg.AvailableSettings;

import com.zaxxer.hikari.HikariDataSource;

import dev.hibernatepack.mixins.spi.HibernateObjects;
import dev.hibernatepack.repository.internal.ErrorTranslation;
import dev.hibernatepack.repository.internal.PooledConnections;
import dev.hibernatepack.repository.internal.PrefetchingPooledOptimizer;

/**
 * A {@code SessionFactory} over a HikariCP pool built from {@link DatabaseSettings}, with
 * performance settings on, and the session and transaction handling every application writes:
 * {@link #inTransaction}, {@link #inReadOnlyTransaction}, {@link #openSession()}. Close it once at
 * shutdown; it closes the factory and the pools (a second close does nothing).
 *
 * <pre>{@code
 * try (Database db = Database.create(DatabaseSettings.fromEnvironment(), Post.class, Comment.class)) {
 *     db.inTransaction(session -> session.persist(new Post("Hello")));
 *     List<Post> posts = db.fromReadOnlyTransaction(session -> session.createSelectionQuery("from Post", Post.class).getResultList());
 * }
 * }</pre>
 */
public final class Database implements SessionSource, AutoCloseable {

    /**
     * The Hibernate settings {@code Database} applies unless the application sets them (in the
     * map given to {@code create}, in {@code persistence.xml}, or as system properties): JDBC
     * batches of 50 with inserts and updates ordered to fill them, a fetch size of 100, padded
     * IN lists (fewer distinct statements to plan), and no {@code setAutoCommit} call per
     * transaction (the pool hands out connections with auto-commit off). Identifiers from
     * sequences keep Hibernate's pooled optimizer (blocks of 50) in a subclass that lets
     * {@link BaseRepository#insertAll} fetch the sequence values of all its blocks in one round trip.
     */
    public static final Map<String, Object> PERFORMANCE_DEFAULTS = Map.of(
            AvailableSettings.STATEMENT_BATCH_SIZE, "50",
            AvailableSettings.ORDER_INSERTS, "true",
            AvailableSettings.ORDER_UPDATES, "true",
            AvailableSettings.STATEMENT_FETCH_SIZE, "100",
            AvailableSettings.IN_CLAUSE_PARAMETER_PADDING, "true",
            AvailableSettings.CONNECTION_PROVIDER_DISABLES_AUTOCOMMIT, "true",
            AvailableSettings.PREFERRED_POOLED_OPTIMIZER, PrefetchingPooledOptimizer.class.getName());

    private final PooledConnections connections;
    private final SessionFactory sessionFactory;
    private final AtomicBoolean closed = new AtomicBoolean();
    /** The session of the transaction this database runs on each thread, for repositories to join. */
    private final ThreadLocal<Session> current = new ThreadLocal<>();

    private Database(PooledConnections connections, SessionFactory sessionFactory) {
        this.connections = connections;
        this.sessionFactory = sessionFactory;
    }

    /** A database for {@code entities}, with the performance defaults. */
    public static Database create(DatabaseSettings settings, Class<?>... entities) {
        return create(settings, Map.of(), entities);
    }

    /**
     * A database for {@code entities}; {@code hibernateSettings} (any Hibernate or pack setting)
     * win over the performance defaults. Connection settings in it are ignored: the pool is ours.
     *
     * @throws DatabaseUnavailableException when the database cannot be reached (down, restarting,
     *         a wrong host or port): retrying later may work
     * @throws InvalidDatabaseSettingsException when no JDBC driver accepts the URL, the server refuses
     *         the user or password, or the database does not exist: the settings must change
     */
    public static Database create(DatabaseSettings settings, Map<String, ?> hibernateSettings, Class<?>... entities) {
        Objects.requireNonNull(settings, "settings must not be null");
        PooledConnections connections = StartupFailures.openPools(settings);
        StandardServiceRegistry registry = null;
        try {
            registry = new StandardServiceRegistryBuilder().applySettings(hibernateSettings(connections, hibernateSettings)).build();
            MetadataSources sources = new MetadataSources(registry);
            for (Class<?> entity : entities) {
                sources.addAnnotatedClass(entity);
            }
            return new Database(connections, sources.buildMetadata().buildSessionFactory());
        } catch (RuntimeException | Error e) {
            if (registry != null) {
                StandardServiceRegistryBuilder.destroy(registry);
            }
            connections.close();
            throw e;
        }
    }

    /**
     * A database for the persistence unit {@code unitName} of {@code META-INF/persistence.xml}:
     * its entities and properties, with connections from the pool {@code settings} describe.
     * Hibernate does not connect with the unit's own JDBC URL, user and password; to pool
     * connections to that database, load the settings with
     * {@link DatabaseSettings.Builder#persistenceUnit(String) persistenceUnit(unitName)}.
     */
    public static Database fromPersistenceUnit(String unitName, DatabaseSettings settings) {
        return fromPersistenceUnit(unitName, settings, Map.of());
    }

    /**
     * As {@link #fromPersistenceUnit(String, DatabaseSettings)}, with settings that win over the unit's.
     *
     * @throws DatabaseUnavailableException when the database cannot be reached
     * @throws InvalidDatabaseSettingsException when no JDBC driver accepts the URL, the server refuses
     *         the user or password, or the database does not exist
     */
    public static Database fromPersistenceUnit(String unitName, DatabaseSettings settings, Map<String, ?> hibernateSettings) {
        Objects.requireNonNull(unitName, "unitName must not be null");
        Objects.requireNonNull(settings, "settings must not be null");
        PooledConnections connections = StartupFailures.openPools(settings);
        try {
            var factory = Persistence.createEntityManagerFactory(unitName, hibernateSettings(connections, hibernateSettings));
            return new Database(connections, factory.unwrap(SessionFactory.class));
        } catch (RuntimeException | Error e) {
            connections.close();
            throw e;
        }
    }

    /**
     * A database over a factory the application built and closes itself (from its own
     * {@code persistence.xml}, Spring's, a container's): the same transactions and repositories,
     * with the factory's own connections. {@link #close()} leaves the factory open, and there are
     * no {@linkplain #poolStatistics() pool statistics}. A container's proxy of the factory is
     * taken for the factory behind it.
     */
    public static Database of(EntityManagerFactory factory) {
        Objects.requireNonNull(factory, "factory must not be null");
        return new Database(null, HibernateObjects.sessionFactory(factory));
    }

    /** The application's settings with our pool; the defaults are added later, where no source set them. */
    private static Map<String, Object> hibernateSettings(PooledConnections connections, Map<String, ?> overrides) {
        Map<String, Object> all = new LinkedHashMap<>(overrides);
        for (String ignored : List.of(AvailableSettings.JAKARTA_JDBC_URL, AvailableSettings.JAKARTA_JDBC_USER,
                AvailableSettings.JAKARTA_JDBC_PASSWORD, AvailableSettings.URL, AvailableSettings.USER, AvailableSettings.PASS,
                AvailableSettings.DATASOURCE, AvailableSettings.JAKARTA_NON_JTA_DATASOURCE)) {
            all.remove(ignored);
        }
        all.put(AvailableSettings.CONNECTION_PROVIDER, connections);
        return all;
    }

    /** The factory, for everything this class does not wrap. */
    public SessionFactory sessionFactory() {
        return sessionFactory;
    }

    /** A new session; close it (try-with-resources). Its transactions are the caller's to manage. */
    public Session openSession() {
        return sessionFactory.openSession();
    }

    /**
     * Runs {@code work} in a new session and transaction and commits; on any exception or error,
     * rolls back and rethrows it, a database failure as its typed {@link DatabaseException}
     * ({@link DuplicateKeyException}, {@link DatabaseUnavailableException}, ...), logged once. The
     * session is always closed. {@link BaseRepository} calls made by {@code work} on this thread
     * join the transaction; a nested {@code inTransaction} runs a transaction of its own.
     */
    public void inTransaction(Consumer<? super Session> work) {
        Objects.requireNonNull(work, "work must not be null");
        fromTransaction(session -> {
            work.accept(session);
            return null;
        });
    }

    /** As {@link #inTransaction}, returning what {@code work} returns. */
    public <R> R fromTransaction(Function<? super Session, R> work) {
        Objects.requireNonNull(work, "work must not be null");
        try (Session session = sessionFactory.openSession()) {
            return run(session, work, null);
        }
    }

    /**
     * Runs {@code work} in a read-only session and transaction: entities are loaded read-only,
     * nothing is flushed, the JDBC connection is read-only (the database refuses writes) and,
     * with a replica configured, comes from the replica's pool.
     */
    public void inReadOnlyTransaction(Consumer<? super Session> work) {
        Objects.requireNonNull(work, "work must not be null");
        fromReadOnlyTransaction(session -> {
            work.accept(session);
            return null;
        });
    }

    /** As {@link #inReadOnlyTransaction}, returning what {@code work} returns. */
    public <R> R fromReadOnlyTransaction(Function<? super Session, R> work) {
        Objects.requireNonNull(work, "work must not be null");
        try (Session session = openReadOnlySession()) {
            return run(session, work, null);
        }
    }

    private Session openReadOnlySession() {
        return sessionFactory.withOptions().readOnly(true).flushMode(FlushMode.MANUAL).openSession();
    }

    /**
     * Joins the transaction this database runs on the calling thread, or runs {@code work} in a
     * read-only transaction of its own (on the replica, when there is one).
     */
    @Override
    public <R> R read(String operation, Function<? super Session, R> work) {
        Objects.requireNonNull(work, "work must not be null");
        Session joined = current.get();
        if (joined != null) {
            return joined(joined, operation, work);
        }
        try (Session session = openReadOnlySession()) {
            return run(session, work, operation);
        }
    }

    /**
     * Joins the transaction this database runs on the calling thread, or runs {@code work} in a
     * transaction of its own. Refused inside a read-only transaction, whose session would
     * silently never write.
     */
    @Override
    public <R> R write(String operation, Function<? super Session, R> work) {
        Objects.requireNonNull(work, "work must not be null");
        Session joined = current.get();
        if (joined != null) {
            if (joined.isDefaultReadOnly()) {
                throw new IllegalStateException((operation == null ? "A write" : operation)
                        + " was called inside a read-only transaction, which never writes; use inTransaction");
            }
            return joined(joined, operation, work);
        }
        try (Session session = sessionFactory.openSession()) {
            return run(session, work, operation);
        }
    }

    /** Work inside a running transaction: its failure is described here, rolled back and logged by the transaction. */
    private static <R> R joined(Session session, String operation, Function<? super Session, R> work) {
        try {
            return work.apply(session);
        } catch (RuntimeException | Error failure) {
            throw Failures.rethrow(Failures.describe(ErrorTranslation.translate(failure), operation));
        }
    }

    /**
     * Runs {@code work} in a transaction of {@code session}, bound to this thread for repositories
     * to join: commits, or rolls back, logs and throws the typed {@link DatabaseException} for
     * what went wrong (the original as its cause), or what {@code work} threw when it is not a
     * database failure.
     */
    private <R> R run(Session session, Function<? super Session, R> work, String operation) {
        Transaction transaction;
        try {
            transaction = session.beginTransaction();
        } catch (RuntimeException failure) {
            throw Failures.report(ErrorTranslation.translate(failure), operation);
        }
        Session outer = current.get();
        current.set(session);
        try {
            R result = work.apply(session);
            transaction.commit();
            return result;
        } catch (Throwable failure) {
            if (transaction.isActive()) {
                try {
                    transaction.rollback();
                } catch (RuntimeException rollbackFailure) {
                    failure.addSuppressed(rollbackFailure);
                }
            }
            throw Failures.report(ErrorTranslation.translate(failure), operation);
        } finally {
            if (outer == null) {
                current.remove();
            } else {
                current.set(outer);
            }
        }
    }

    /**
     * The primary pool's connections now: in use, idle, open and callers waiting.
     *
     * @throws IllegalStateException when closed, or when the database was made {@link #of} a factory
     */
    public PoolStatistics poolStatistics() {
        requireOpen();
        return statistics(pools().primary());
    }

    /** The replica pool's connections now, when a replica is configured. */
    public Optional<PoolStatistics> replicaPoolStatistics() {
        requireOpen();
        return Optional.ofNullable(pools().replica()).map(Database::statistics);
    }

    private PooledConnections pools() {
        if (connections == null) {
            throw new IllegalStateException("This Database wraps a factory it did not build; its connections are not the pack's pool");
        }
        return connections;
    }

    private static PoolStatistics statistics(HikariDataSource pool) {
        var bean = pool.getHikariPoolMXBean();
        return new PoolStatistics(bean.getActiveConnections(), bean.getIdleConnections(), bean.getTotalConnections(),
                bean.getThreadsAwaitingConnection());
    }

    private void requireOpen() {
        if (closed.get()) {
            throw new IllegalStateException("This Database is closed");
        }
    }

    /** Closes the factory, then the pools (a factory given to {@link #of} stays open); later calls do nothing. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        if (connections == null) {
            return;
        }
        try {
            sessionFactory.close();
        } finally {
            connections.close();
        }
    }

    /** Whether {@link #close()} was called. */
    public boolean isClosed() {
        return closed.get();
    }
}
