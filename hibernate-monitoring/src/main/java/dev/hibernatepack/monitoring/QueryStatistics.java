// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.monitoring;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What a {@code SessionFactory}'s statements cost since it started or was reset.
 *
 * @param countsByKind executed statements (a JDBC batch counts once) per kind
 * @param total time spent executing them
 * @param max the slowest one
 * @param p50 median execution time
 * @param p90 90th percentile
 * @param p99 99th percentile
 * @param shapes totals per statement shape, most total time first
 * @param nPlusOneFindings the latest N+1 findings (up to 100), oldest first
 * @param slowQueries the latest slow queries (up to 100), oldest first
 * @param sessionFactory the name of the factory ({@code hibernate.session_factory_name}, else its UUID)
 * @param since when counting began: the factory's start or the last {@link QueryMonitor#reset()}
 * @param until when this snapshot was taken
 */
public record QueryStatistics(Map<QueryKind, Long> countsByKind, Duration total, Duration max, Duration p50, Duration p90,
        Duration p99, List<ShapeStatistics> shapes, List<NPlusOneFinding> nPlusOneFindings, List<SlowQuery> slowQueries,
        String sessionFactory, Instant since, Instant until) {

    /** The time these statistics cover, from {@link #since()} to {@link #until()}. */
    public Duration window() {
        return Duration.between(since, until);
    }

    /** All statements executed. */
    public long count() {
        return countsByKind.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Statements of one kind. */
    public long count(QueryKind kind) {
        return countsByKind.getOrDefault(kind, 0L);
    }

    /** The {@code n} shapes with the most total time. */
    public List<ShapeStatistics> topShapes(int n) {
        return shapes.subList(0, Math.min(n, shapes.size()));
    }

    /**
     * These statistics as a JSON document for dashboards and scripts: the factory, the window
     * ({@code from} and {@code to} as ISO-8601 instants) and every time in microseconds (keys end
     * in {@code Micros}).
     */
    public String toJson() {
        return QueryReports.json(this);
    }

    /**
     * These statistics as a self-contained HTML page: the factory and the window they cover,
     * totals, top shapes, N+1 findings and slow queries; every time in milliseconds.
     */
    public String toHtml() {
        return QueryReports.html(this);
    }
}
