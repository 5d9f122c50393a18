// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.monitoring;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * What the statements of one unit of work cost: a transaction, or the part of a session outside
 * any transaction, delivered to {@link QueryMonitor#onUnitOfWork} when it ends. Like the per-request
 * query summary web frameworks log ("12 queries, 4.1 ms").
 *
 * @param countsByKind executed statements (a JDBC batch counts once) per kind
 * @param total time spent executing them
 * @param max the slowest one
 * @param shapes totals per statement shape, most total time first
 * @param nPlusOneFindings the N+1 patterns found in this unit of work
 */
public record UnitOfWorkStatistics(Map<QueryKind, Long> countsByKind, Duration total, Duration max, List<ShapeStatistics> shapes,
        List<NPlusOneFinding> nPlusOneFindings) {

    /** All statements executed. */
    public long count() {
        return countsByKind.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Statements of one kind. */
    public long count(QueryKind kind) {
        return countsByKind.getOrDefault(kind, 0L);
    }

    /** A summary that reads on one line: {@code 12 statements (10 select, 2 insert) in 4.1 ms, slowest 1.2 ms}. */
    @Override
    public String toString() {
        StringBuilder kinds = new StringBuilder();
        countsByKind.forEach((kind, n) -> {
            if (n > 0) {
                kinds.append(kinds.length() == 0 ? "" : ", ").append(n).append(' ').append(kind.name().toLowerCase(java.util.Locale.ROOT));
            }
        });
        long count = count();
        return count + (count == 1 ? " statement (" : " statements (") + kinds + ") in " + millis(total) + " ms, slowest " + millis(max) + " ms"
                + (nPlusOneFindings.isEmpty() ? "" : ", " + nPlusOneFindings.size() + " N+1 finding(s)");
    }

    private static String millis(Duration duration) {
        return String.format(java.util.Locale.ROOT, "%.1f", duration.toNanos() / 1e6);
    }
}
