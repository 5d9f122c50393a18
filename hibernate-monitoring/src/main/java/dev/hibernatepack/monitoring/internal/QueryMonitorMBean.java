// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.monitoring.internal;

import java.time.Duration;

import dev.hibernatepack.monitoring.QueryKind;
import dev.hibernatepack.monitoring.QueryMonitorMXBean;
import dev.hibernatepack.monitoring.QueryStatistics;

/** The JMX view of one factory's {@link MonitorCore}. */
final class QueryMonitorMBean implements QueryMonitorMXBean {

    private final MonitorCore core;

    QueryMonitorMBean(MonitorCore core) {
        this.core = core;
    }

    private QueryStatistics stats() {
        return core.snapshot();
    }

    @Override
    public long getStatementCount() {
        return stats().count();
    }

    @Override
    public long getSelectCount() {
        return stats().count(QueryKind.SELECT);
    }

    @Override
    public long getInsertCount() {
        return stats().count(QueryKind.INSERT);
    }

    @Override
    public long getUpdateCount() {
        return stats().count(QueryKind.UPDATE);
    }

    @Override
    public long getDeleteCount() {
        return stats().count(QueryKind.DELETE);
    }

    @Override
    public double getTotalMillis() {
        return millis(stats().total());
    }

    @Override
    public double getMaxMillis() {
        return millis(stats().max());
    }

    @Override
    public double getP50Millis() {
        return millis(stats().p50());
    }

    @Override
    public double getP99Millis() {
        return millis(stats().p99());
    }

    @Override
    public String[] getNPlusOneFindings() {
        return stats().nPlusOneFindings().stream().map(Object::toString).toArray(String[]::new);
    }

    @Override
    public String[] getTopShapes() {
        return stats().topShapes(10).stream()
                .map(s -> s.count() + " x" + (s.rows() == s.count() ? "" : " (" + s.rows() + " rows)") + ", "
                        + millis(s.total()) + " ms total: " + s.shape())
                .toArray(String[]::new);
    }

    @Override
    public String[] getSlowQueries() {
        return stats().slowQueries().stream()
                .map(q -> q.at() + " " + millis(q.duration()) + " ms" + (q.batchSize() > 1 ? " (batch of " + q.batchSize() + ")" : "")
                        + " at " + q.callSite() + ": " + q.shape())
                .toArray(String[]::new);
    }

    @Override
    public String getJson() {
        return stats().toJson();
    }

    @Override
    public void reset() {
        core.reset();
    }

    private static double millis(Duration duration) {
        return duration.toNanos() / 1_000_000.0;
    }
}
