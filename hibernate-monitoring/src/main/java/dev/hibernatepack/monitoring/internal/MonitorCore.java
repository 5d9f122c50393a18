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
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import org.HdrHistogram.AtomicHistogram;
import org.HdrHistogram.Histogram;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.jboss.logging.Logger;

import dev.hibernatepack.monitoring.NPlusOneFinding;
import dev.hibernatepack.monitoring.QueryKind;
import dev.hibernatepack.monitoring.QueryStatistics;
import dev.hibernatepack.monitoring.ShapeStatistics;
import dev.hibernatepack.monitoring.SlowQuery;
import dev.hibernatepack.monitoring.UnitOfWorkStatistics;

/**
 * The statistics of one {@code SessionFactory}: counts by kind, time, a latency histogram, totals
 * per shape and the latest N+1 findings. Updated by every statement without locks.
 */
public final class MonitorCore {

    static final Logger SLOW_LOG = Logger.getLogger("dev.hibernatepack.monitoring.SlowQuery");
    static final Logger N_PLUS_ONE_LOG = Logger.getLogger("dev.hibernatepack.monitoring.NPlusOne");
    static final Logger UNIT_OF_WORK_LOG = Logger.getLogger("dev.hibernatepack.monitoring.UnitOfWork");

    private static final int KEPT_FINDINGS = 100;
    private static final long HIGHEST_MICROS = TimeUnit.HOURS.toMicros(1);

    final MonitoringConfig config;
    final CallSites callSites;
    private final ConcurrentHashMap<String, Shape> bySql = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, Shape.Totals> byShape = new ConcurrentHashMap<>();
    // Shapes beyond max_shapes are counted together, per kind, so counts by kind stay exact.
    private volatile Shape.Totals[] otherShapes = otherShapes();
    private volatile Counters counters = new Counters();
    private final CopyOnWriteArrayList<Consumer<? super UnitOfWorkStatistics>> unitOfWorkListeners = new CopyOnWriteArrayList<>();
    private final ConcurrentLinkedDeque<NPlusOneFinding> findings = new ConcurrentLinkedDeque<>();
    private final ConcurrentLinkedDeque<SlowQuery> slowQueries = new ConcurrentLinkedDeque<>();
    // Never reset: a Micrometer counter must not go down.
    private final AtomicLong findingsEver = new AtomicLong();
    private volatile String sessionFactoryName = "(not started)";
    // The factory's mapping tells what a stateless session's repeated select loads.
    private volatile SessionFactoryImplementor sessionFactory;
    private volatile Instant since = Instant.now();
    // Removes what the factory's start registered (MBean, meters, its name); run once.
    private final AtomicReference<Runnable> closing = new AtomicReference<>();

    public MonitorCore(MonitoringConfig config) {
        this.config = config;
        this.callSites = config.frameworkPackages().isEmpty() ? CallSites.DEFAULT : new CallSites(config.frameworkPackages());
    }

    /** What {@link #close()} undoes: the registrations made when the factory started. */
    void onClose(Runnable undo) {
        closing.set(undo);
    }

    /** Undoes the factory's registrations, when it closes or fails to start; later calls do nothing. */
    void close() {
        Runnable undo = closing.getAndSet(null);
        if (undo != null) {
            undo.run();
        }
    }

    /** Names the factory these statistics belong to, once it exists. */
    void sessionFactoryName(String name) {
        this.sessionFactoryName = name;
    }

    /** The factory these statistics belong to, once it exists. */
    void sessionFactory(SessionFactoryImplementor factory) {
        this.sessionFactory = factory;
    }

    /** The load of a stateless session that runs {@code sql} on this thread, or null; see {@link StatelessLoads}. */
    LoadCause statelessLoad(String sql) {
        return StatelessLoads.current(sessionFactory, sql);
    }

    /**
     * The latency histogram, which {@link #reset()} replaces as a whole. Its range is fixed, so
     * HdrHistogram's lock-free {@code AtomicHistogram} records without the writer-reader phaser of
     * a resizable one; a copy taken while statements are recorded may be off by those statements.
     * Counts and times by kind are not counted twice: they are summed from the shapes when read.
     */
    private static final class Counters {
        final AtomicHistogram micros = new AtomicHistogram(1, HIGHEST_MICROS, 2);
    }

    private static Shape.Totals[] otherShapes() {
        Shape.Totals[] totals = new Shape.Totals[QueryKind.values().length];
        for (QueryKind kind : QueryKind.values()) {
            totals[kind.ordinal()] = new Shape.Totals("(other " + kind.name().toLowerCase(java.util.Locale.ROOT) + " shapes)", kind);
        }
        return totals;
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
                    : otherShapes[SqlShapes.kindOf(text).ordinal()];
        }
        Shape shape = new Shape(text, totals);
        if (bySql.size() < config.maxShapes() * 4) {
            bySql.put(sql, shape);
        }
        return shape;
    }

    /**
     * Records one executed statement, or JDBC batch of {@code rows} parameter sets, of {@code sql}
     * that took {@code nanos}.
     */
    void record(String sql, long nanos, int rows, MonitoringSessionListener unit, Object[] state) {
        Shape shape = shapeFor(sql);
        counters.micros.recordValue(Math.min(Math.max(1, nanos / 1_000), HIGHEST_MICROS));
        shape.totals.add(nanos, rows);
        if (!unitOfWorkListeners.isEmpty()) {
            unit.unitOfWork().add(shape, nanos, rows);
        }
        LoadCause cause = ThreadState.cause(state);
        if (config.slowThresholdNanos() > 0 && nanos >= config.slowThresholdNanos()) {
            logSlow(sql, shape, nanos, rows, cause);
        }
        var recordings = ThreadState.recordings(state);
        if (recordings != null) {
            for (int i = 0; i < recordings.size(); i++) {
                recordings.get(i).add(this, shape, sql, cause, unit);
            }
        }
        if (shape.kind == QueryKind.SELECT && !shape.severalKeys && config.nPlusOne() != MonitoringConfig.NPlusOneMode.OFF) {
            if (cause != null) {
                unit.countLazyLoad(this, cause, shape, state);
            } else {
                unit.countUnexplained(this, shape, sql); // a query, or a stateless session's load
            }
        }
    }

    private void logSlow(String sql, Shape shape, long nanos, int rows, LoadCause cause) {
        String callSite = callSites.current();
        String shown = config.logSqlLiterals() ? sql : shape.text;
        String loading = cause == null ? null : cause.describe();
        keep(slowQueries, new SlowQuery(shown, Duration.ofNanos(nanos), rows, callSite, Instant.now(), loading));
        if (SLOW_LOG.isEnabled(Logger.Level.WARN)) {
            SLOW_LOG.warnf("Slow query: %d ms%s at %s%s: %s", TimeUnit.NANOSECONDS.toMillis(nanos),
                    rows > 1 ? " (batch of " + rows + ")" : "", callSite, loading == null ? "" : " (loading " + loading + ")", shown);
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
        Histogram histogram = counters.micros.copy();
        Map<QueryKind, Long> byKind = new EnumMap<>(QueryKind.class);
        for (QueryKind kind : QueryKind.values()) {
            byKind.put(kind, 0L);
        }
        long nanos = 0;
        long max = 0;
        List<ShapeStatistics> shapes = new ArrayList<>();
        for (Shape.Totals totals : allTotals()) {
            ShapeStatistics shape = statistics(totals);
            if (shape.count() == 0) {
                continue;
            }
            shapes.add(shape);
            byKind.merge(shape.kind(), shape.count(), Long::sum);
            nanos += shape.total().toNanos();
            max = Math.max(max, shape.max().toNanos());
        }
        shapes.sort(Comparator.comparing(ShapeStatistics::total).reversed());
        return new QueryStatistics(byKind, Duration.ofNanos(nanos), Duration.ofNanos(max),
                percentile(histogram, 50), percentile(histogram, 90), percentile(histogram, 99), shapes, List.copyOf(findings),
                List.copyOf(slowQueries), sessionFactoryName, since, Instant.now());
    }

    private List<Shape.Totals> allTotals() {
        List<Shape.Totals> all = new ArrayList<>(byShape.values());
        all.addAll(List.of(otherShapes));
        return all;
    }

    private static ShapeStatistics statistics(Shape.Totals totals) {
        long count = totals.count.sum();
        return new ShapeStatistics(totals.text, totals.kind, count, count + totals.extraRows.sum(), Duration.ofNanos(totals.nanos.sum()),
                Duration.ofNanos(totals.maxNanos.get()));
    }

    private static Duration percentile(Histogram histogram, double percentile) {
        return histogram.getTotalCount() == 0 ? Duration.ZERO : Duration.ofNanos(histogram.getValueAtPercentile(percentile) * 1_000);
    }

    /** Statements of one kind, for meters read on scrape. */
    long count(QueryKind kind) {
        long total = 0;
        for (Shape.Totals totals : allTotals()) {
            if (totals.kind == kind) {
                total += totals.count.sum();
            }
        }
        return total;
    }

    long totalCount() {
        long total = 0;
        for (Shape.Totals totals : allTotals()) {
            total += totals.count.sum();
        }
        return total;
    }

    double totalNanos() {
        long total = 0;
        for (Shape.Totals totals : allTotals()) {
            total += totals.nanos.sum();
        }
        return total;
    }

    long maxNanos() {
        long max = 0;
        for (Shape.Totals totals : allTotals()) {
            max = Math.max(max, totals.maxNanos.get());
        }
        return max;
    }

    /** Calls {@code listener} with the totals of every unit of work that ends from now on, until the result is run. */
    public Runnable addUnitOfWorkListener(Consumer<? super UnitOfWorkStatistics> listener) {
        unitOfWorkListeners.add(listener);
        return () -> unitOfWorkListeners.remove(listener);
    }

    void unitOfWorkEnded(UnitOfWork unitOfWork) {
        if (unitOfWorkListeners.isEmpty()) {
            return;
        }
        UnitOfWorkStatistics statistics = unitOfWork.statistics();
        for (var listener : unitOfWorkListeners) {
            try {
                listener.accept(statistics);
            } catch (RuntimeException e) {
                // A listener's failure must not fail the commit or close that ended the unit of work.
                UNIT_OF_WORK_LOG.warnf(e, "Unit-of-work listener %s failed", listener);
            }
        }
    }

    long findingCount() {
        return findingsEver.get();
    }

    /** Forgets everything counted so far (shapes, counters, findings). */
    public void reset() {
        since = Instant.now();
        byShape.clear();
        bySql.clear();
        otherShapes = otherShapes();
        counters = new Counters();
        findings.clear();
        slowQueries.clear();
    }
}
