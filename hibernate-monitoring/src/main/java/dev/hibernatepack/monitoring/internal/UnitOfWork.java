// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.monitoring.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import dev.hibernatepack.monitoring.NPlusOneFinding;
import dev.hibernatepack.monitoring.QueryKind;
import dev.hibernatepack.monitoring.ShapeStatistics;
import dev.hibernatepack.monitoring.UnitOfWorkStatistics;

/** The running totals of one unit of work; kept only while someone listens for units of work. */
final class UnitOfWork {

    private static final int COUNT = 0;
    private static final int ROWS = 1;
    private static final int NANOS = 2;
    private static final int MAX = 3;

    final MonitorCore core;
    private final long[] byKind = new long[QueryKind.values().length];
    private long nanos;
    private long maxNanos;
    private final Map<Shape, long[]> shapes = new IdentityHashMap<>();
    private final List<NPlusOneFinding> findings = new ArrayList<>(0);

    UnitOfWork(MonitorCore core) {
        this.core = core;
    }

    void add(Shape shape, long duration, int rows) {
        byKind[shape.kind.ordinal()]++;
        nanos += duration;
        maxNanos = Math.max(maxNanos, duration);
        long[] totals = shapes.computeIfAbsent(shape, s -> new long[4]);
        totals[COUNT]++;
        totals[ROWS] += rows;
        totals[NANOS] += duration;
        totals[MAX] = Math.max(totals[MAX], duration);
    }

    void addFinding(NPlusOneFinding finding) {
        findings.add(finding);
    }

    UnitOfWorkStatistics statistics() {
        Map<QueryKind, Long> counts = new EnumMap<>(QueryKind.class);
        for (QueryKind kind : QueryKind.values()) {
            counts.put(kind, byKind[kind.ordinal()]);
        }
        List<ShapeStatistics> perShape = new ArrayList<>(shapes.size());
        shapes.forEach((shape, t) -> perShape.add(new ShapeStatistics(shape.text, shape.kind, t[COUNT], t[ROWS],
                Duration.ofNanos(t[NANOS]), Duration.ofNanos(t[MAX]))));
        perShape.sort(Comparator.comparing(ShapeStatistics::total).reversed());
        return new UnitOfWorkStatistics(counts, Duration.ofNanos(nanos), Duration.ofNanos(maxNanos), List.copyOf(perShape),
                List.copyOf(findings));
    }
}
