// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.monitoring;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

import org.hibernate.SessionFactory;
import org.hibernate.cache.spi.CacheImplementor;

import dev.hibernatepack.monitoring.internal.MonitorCore;
import dev.hibernatepack.monitoring.internal.MonitoringStatementInspector;

/**
 * The statement statistics of one {@code SessionFactory}, kept by the monitoring module.
 *
 * <pre>{@code
 * QueryStatistics stats = QueryMonitor.of(sessionFactory).orElseThrow().snapshot();
 * stats.topShapes(10).forEach(System.out::println);
 * }</pre>
 */
public final class QueryMonitor {

    private final MonitorCore core;

    private QueryMonitor(MonitorCore core) {
        this.core = core;
    }

    /**
     * The monitor of a factory; empty when monitoring is off for it, or when the application
     * gave each session its own statement inspector through {@code SessionBuilder}.
     */
    public static Optional<QueryMonitor> of(SessionFactory sessionFactory) {
        Objects.requireNonNull(sessionFactory, "sessionFactory must not be null");
        // Through the cache, not unwrap(SessionFactoryImplementor.class): a CDI client proxy answers that with itself.
        var inspector = sessionFactory.unwrap(CacheImplementor.class).getSessionFactory().getSessionFactoryOptions()
                .getStatementInspector();
        return inspector instanceof MonitoringStatementInspector monitoring
                ? Optional.of(new QueryMonitor(monitoring.core()))
                : Optional.empty();
    }

    /** The statistics so far. */
    public QueryStatistics snapshot() {
        return core.snapshot();
    }

    /**
     * Calls {@code listener} with the totals of every unit of work of this factory that ends from
     * now on: each transaction, and what a session ran outside any transaction when it closes.
     * Called on the thread that ends the unit of work, after the commit or rollback; keep it cheap.
     * A listener that throws is logged and does not fail the commit. Totals are kept per unit of
     * work only while at least one listener is registered.
     *
     * <pre>{@code
     * try (var registration = monitor.onUnitOfWork(work -> log.info("request ran {}", work))) { ... }
     * }</pre>
     *
     * @return closing it removes the listener
     */
    public Registration onUnitOfWork(Consumer<? super UnitOfWorkStatistics> listener) {
        Objects.requireNonNull(listener, "listener must not be null");
        Runnable removal = core.addUnitOfWorkListener(listener);
        return removal::run;
    }

    /** A registered listener; {@link #close()} removes it. */
    @FunctionalInterface
    public interface Registration extends AutoCloseable {
        /** Removes the listener; later calls do nothing. */
        @Override
        void close();
    }

    /** Starts counting afresh. */
    public void reset() {
        core.reset();
    }
}
