// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.monitoring.internal;

import org.hibernate.resource.jdbc.spi.StatementInspector;

/**
 * Fills Hibernate's single statement-inspector slot: calls the inspector the application
 * configured there first (its result is what runs), then notes the statement for the session
 * listener that times its execution. Holds the factory's statistics.
 */
public final class MonitoringStatementInspector implements StatementInspector {

    private static final long serialVersionUID = 1L;

    private final transient StatementInspector delegate;
    private final transient MonitorCore core;

    public MonitoringStatementInspector(StatementInspector delegate, MonitorCore core) {
        this.delegate = delegate;
        this.core = core;
    }

    @Override
    public String inspect(String sql) {
        String inspected = delegate == null ? sql : delegate.inspect(sql);
        String executed = inspected == null ? sql : inspected;
        Object[] state = ThreadState.get();
        state[ThreadState.PENDING_CORE] = core;
        state[ThreadState.PENDING_SQL] = executed;
        return executed;
    }

    /** The application's own inspector, or {@code null}. */
    public StatementInspector delegate() {
        return delegate;
    }

    /** The factory's statistics. */
    public MonitorCore core() {
        return core;
    }
}
