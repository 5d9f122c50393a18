// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.monitoring;

import java.util.Objects;
import java.util.Optional;

import org.hibernate.SessionFactory;
import org.hibernate.engine.spi.SessionFactoryImplementor;

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
        var inspector = sessionFactory.unwrap(SessionFactoryImplementor.class).getSessionFactoryOptions().getStatementInspector();
        return inspector instanceof MonitoringStatementInspector monitoring
                ? Optional.of(new QueryMonitor(monitoring.core()))
                : Optional.empty();
    }

    /** The statistics so far. */
    public QueryStatistics snapshot() {
        return core.snapshot();
    }

    /** Starts counting afresh. */
    public void reset() {
        core.reset();
    }
}
