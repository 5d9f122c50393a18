// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.monitoring.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAccumulator;
import java.util.concurrent.atomic.LongAdder;

import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;
import org.jboss.logging.Logger;

import dev.hibernatepack.monitoring.NPlusOneFinding;
import dev.hibernatepack.monitoring.QueryKind;
import dev.hibernatepack.monitoring.QueryStatistics;
import dev.hibernatepack.monitoring.ShapeStatistics;
import dev.hibernatepack.monitoring.SlowQuery;

/**
 * The statistics of one {@code SessionFactory}: counts by kind, time, a latency histogram, totals
 * per shape and the latest N+1 findings. Updated by every statement without locks.
 */
public final class MonitorCore {

    static final Logger SLOW_LOG = Logger.getLogger("dev.hibernatepack.monitoring.SlowQuery");
    static final Logger N_PLUS_ONE_LOG = Logger.getLogger("dev.hibernatepack.monitoring.NPlusOne");

    private static final int KEPT_FINDINGS = 100;
    private static final long HIGHEST_MICROS = TimeUnit.HOURS.toMicros(1);

    final MonitoringConfig config;
    private final ConcurrentHashMap<String, Shape> bySql = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, Shape.Totals> byShape = new ConcurrentHashMap<>();
    private volatile Shape.Totals otherShapes = new Shape.Totals("(other shapes)", QueryKind.OTHER);
    private volatile Counters counters = new Counters();
    private final ConcurrentLinkedDeque<NPlusOneFinding> findings = new ConcurrentLinkedDeque<>();
    private final ConcurrentLinkedDeque<SlowQuery> slowQueries = new ConcurrentLinkedDeque<>();
    // Never reset: a Micrometer counter must not go down.
    private final AtomicLong findingsEver = new AtomicLong();

    public MonitorCore(MonitoringConfig config) {
        this.config = config;
    }

    /** Counters that {@link #reset()} replaces as a whole. */
    private static final class Counters {
        final LongAdder[] byKind = new LongAdder[QueryKind.values().length];
        final LongAdder nanos = new LongAdder();
        final LongAccumulator maxNanos = new LongAccumulator(Math::max, 0);
        final ConcurrentHistogram micros = new ConcurrentHistogram(1, HIGHEST_MICROS, 2);

        Counters() {
            for (int i = 0; i < byKind.length; i++) {
                byKind[i] = new LongAdder();
            }
        }
    }

    /** The shape of a SQL string, remembered per string so the hot path only looks it up. */
    Shape shapeFor(String sql) {
        Shape known = bySql.get(sql);
        if (known != null) {
            return known;
        }
        String text = SqlShapes.shapeOf(sql);
        Shape.Totals totals = byShape.get(text);
        if (totals == null) {
            totals = byShape.size() < config.maxShapes()
                    ? byShape.computeIfAbsent(text, t -> new Shape.Totals(t, SqlShapes.kindOf(t)))
                    : otherShapes;
        }
        Shape shape = new Shape(text, totals);
        if (bySql.size() < config.maxShapes() * 4) {
            bySql.put(sql, shape);
        }
        return shape;
    }

    /** Records one executed statement (or JDBC batch) of {@code sql} that took {@code nanos}. */
    void record(String sql, long nanos, MonitoringSessionListener unit, Object[] state) {
        Shape shape = shapeFor(sql);
        Counters current = counters;
        current.byKind[shape.kind.ordinal()].increment();
        current.nanos.add(nanos);
        current.maxNanos.accumulate(nanos);
        current.micros.recordValue(Math.min(Math.max(1, nanos / 1_000), HIGHEST_MICROS));
        shape.totals.add(nanos);
        LoadCause cause = ThreadState.cause(state);
        if (config.slowThresholdNanos() > 0 && nanos >= config.slowThresholdNanos()) {
            logSlow(sql, shape, nanos, cause);
        }
        if (cause != null && shape.kind == QueryKind.SELECT && !shape.severalKeys && config.nPlusOne() != MonitoringConfig.NPlusOneMode.OFF) {
            unit.countLazyLoad(this, cause, shape, state);
        }
        var recordings = ThreadState.recordings(state);
        if (recordings != null) {
            for (int i = 0; i < recordings.size(); i++) {
                recordings.get(i).add(this, shape, nanos, cause);
            }
        }
    }

    private void logSlow(String sql, Shape shape, long nanos, LoadCause cause) {
        String callSite = CallSites.current();
        String shown = config.logSqlLiterals() ? sql : shape.text;
        String loading = cause == null ? null : cause.describe();
        keep(slowQueries, new SlowQuery(shown, Duration.ofNanos(nanos), callSite, Instant.now(), loading));
        if (SLOW_LOG.isEnabled(Logger.Level.WARN)) {
            SLOW_LOG.warnf("Slow query: %d ms at %s%s: %s", TimeUnit.NANOSECONDS.toMillis(nanos), callSite,
                    loading == null ? "" : " (loading " + loading + ")", shown);
        }
    }

    void addFinding(NPlusOneFinding finding) {
        findingsEver.incrementAndGet();
        keep(findings, finding);
    }

    private static <T> void keep(ConcurrentLinkedDeque<T> kept, T item) {
        kept.addLast(item);
        while (kept.size() > KEPT_FINDINGS) {
            kept.pollFirst();
        }
    }

    /** A consistent-enough copy of the statistics (each counter read once). */
    public QueryStatistics snapshot() {
        Counters current = counters;
        Map<QueryKind, Long> byKind = new EnumMap<>(QueryKind.class);
        for (QueryKind kind : QueryKind.values()) {
            byKind.put(kind, current.byKind[kind.ordinal()].sum());
        }
        List<ShapeStatistics> shapes = new ArrayList<>();
        for (Shape.Totals totals : byShape.values()) {
            shapes.add(statistics(totals));
        }
        if (otherShapes.count.sum() > 0) {
            shapes.add(statistics(otherShapes));
        }
        shapes.sort(Comparator.comparing(ShapeStatistics::total).reversed());
        Histogram histogram = current.micros.copy();
        return new QueryStatistics(byKind, Duration.ofNanos(current.nanos.sum()), Duration.ofNanos(current.maxNanos.get()),
                percentile(histogram, 50), percentile(histogram, 90), percentile(histogram, 99), shapes, List.copyOf(findings),
                List.copyOf(slowQueries));
    }

    private static ShapeStatistics statistics(Shape.Totals totals) {
        return new ShapeStatistics(totals.text, totals.kind, totals.count.sum(), Duration.ofNanos(totals.nanos.sum()),
                Duration.ofNanos(totals.maxNanos.get()));
    }

    private static Duration percentile(Histogram histogram, double percentile) {
        return histogram.getTotalCount() == 0 ? Duration.ZERO : Duration.ofNanos(histogram.getValueAtPercentile(percentile) * 1_000);
    }

    /** Statements of one kind, for meters read on scrape. */
    long count(QueryKind kind) {
        return counters.byKind[kind.ordinal()].sum();
    }

    long totalCount() {
        long total = 0;
        for (var adder : counters.byKind) {
            total += adder.sum();
        }
        return total;
    }

    double totalNanos() {
        return counters.nanos.sum();
    }

    long maxNanos() {
        return counters.maxNanos.get();
    }

    long findingCount() {
        return findingsEver.get();
    }

    /** Forgets everything counted so far (shapes, counters, findings). */
    public void reset() {
        byShape.clear();
        bySql.clear();
        otherShapes = new Shape.Totals("(other shapes)", QueryKind.OTHER);
        counters = new Counters();
        findings.clear();
        slowQueries.clear();
    }
}
