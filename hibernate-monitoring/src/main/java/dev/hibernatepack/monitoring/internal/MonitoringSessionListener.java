// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.monitoring.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.hibernate.SessionEventListener;

import dev.hibernatepack.monitoring.NPlusOneException;
import dev.hibernatepack.monitoring.NPlusOneFinding;

/**
 * One per session of a monitored factory (added by {@link MonitoredSessionFactories}): times each
 * JDBC execution of the statement the inspector has just seen, and counts the session's lazy loads
 * for N+1 detection. The unit of work ends with each transaction and with the session; its totals
 * are kept only while the factory has a unit-of-work listener.
 */
public final class MonitoringSessionListener implements SessionEventListener {

    private static final long serialVersionUID = 1L;

    private final transient MonitorCore core;
    // The thread's state while a statement executes (one thread from start to end), else null.
    private transient Object[] executing;
    private transient long start;
    private transient int rows;
    // The last statement seen: a JDBC batch is prepared (and inspected) once, executed many times.
    private transient String sql;
    // The first lazy-load pattern of the unit of work is counted in fields, so a unit of work that
    // loads by one pattern only (a find per request) allocates nothing; maps hold the others.
    private transient LoadCause firstCause;
    private transient Shape firstShape;
    private transient int firstCount;
    private transient Map<LoadCause, Map<Shape, int[]>> lazyLoads;
    // Single-row selects no load listener explained, per shape: queries, or the loads of a
    // stateless session, which fires no load events. Arrays kept for the session's next units of work.
    private transient Shape[] unexplainedShapes;
    private transient int[] unexplainedCounts;
    private transient int unexplainedSize;
    private transient List<Suspect> suspects;
    private transient UnitOfWork unitOfWork;
    // Which of the session's units of work is running, so that QueryCounts counts per unit of work too.
    private transient int unitSerial;

    /** A listener for one session of the factory whose statistics {@code core} holds. */
    public MonitoringSessionListener(MonitorCore core) {
        this.core = core;
    }

    /**
     * An association found loaded one row at a time; logged with its final count when the unit of
     * work ends. {@code count} is {@code null} for the unit's first pattern, counted in a field, and
     * for a stateless session's loads, counted per shape.
     */
    private record Suspect(MonitorCore core, LoadCause cause, Shape shape, String callSite, int[] count, boolean unexplained) {
    }

    @Override
    public void jdbcExecuteStatementStart() {
        begin(ThreadState.get(), 1);
    }

    @Override
    public void jdbcExecuteStatementEnd() {
        finish();
    }

    @Override
    public void jdbcExecuteBatchStart() {
        Object[] state = ThreadState.get();
        // Published by BatchRowCounting just before Hibernate executes the batch.
        begin(state, state[ThreadState.BATCH_ROWS] instanceof Integer batchRows ? batchRows : 1);
    }

    @Override
    public void jdbcExecuteBatchEnd() {
        finish();
    }

    private void begin(Object[] state, int parameterSets) {
        if (state[ThreadState.PENDING_CORE] == core) {
            sql = (String) state[ThreadState.PENDING_SQL];
            // Cleared, so that a pooled thread holds none of our objects between statements.
            state[ThreadState.PENDING_CORE] = null;
            state[ThreadState.PENDING_SQL] = null;
        }
        if (sql != null) {
            executing = state;
            rows = parameterSets;
            start = System.nanoTime();
        }
    }

    private void finish() {
        Object[] state = executing;
        if (state == null) {
            return;
        }
        long nanos = System.nanoTime() - start;
        executing = null;
        core.record(sql, nanos, rows, this, state);
    }

    /** Which of the session's units of work is running: changes each time one ends. */
    int unitSerial() {
        return unitSerial;
    }

    /** The totals of the current unit of work, started on its first statement. */
    UnitOfWork unitOfWork() {
        UnitOfWork current = unitOfWork;
        if (current == null) {
            current = new UnitOfWork(core);
            unitOfWork = current;
        }
        return current;
    }

    void countLazyLoad(MonitorCore monitor, LoadCause cause, Shape shape, Object[] state) {
        int reached;
        int[] count = null; // null: the first pattern, counted in firstCount
        if (firstCause == null) {
            firstCause = cause;
            firstShape = shape;
            reached = ++firstCount;
        } else if (firstCause == cause && firstShape == shape) {
            reached = ++firstCount;
        } else {
            if (lazyLoads == null) {
                lazyLoads = new HashMap<>();
            }
            count = lazyLoads.computeIfAbsent(cause, c -> new HashMap<>()).computeIfAbsent(shape, s -> new int[1]);
            reached = ++count[0];
        }
        if (reached != monitor.config.nPlusOneThreshold()) {
            return;
        }
        String callSite = monitor.callSites.current();
        if (monitor.config.nPlusOne() == MonitoringConfig.NPlusOneMode.THROW) {
            // thrown once the load in progress is complete
            state[ThreadState.FAILURE] = thrownFinding(monitor, cause, shape, callSite, reached);
        } else {
            if (suspects == null) {
                suspects = new ArrayList<>(2);
            }
            suspects.add(new Suspect(monitor, cause, shape, callSite, count, false));
        }
    }

    /** In {@code throw} mode: the finding at the threshold, recorded now, since nothing runs after it is thrown. */
    private NPlusOneFinding thrownFinding(MonitorCore monitor, LoadCause cause, Shape shape, String callSite, int reached) {
        NPlusOneFinding finding = finding(cause, shape, callSite, reached);
        monitor.addFinding(finding);
        if (unitOfWork != null) {
            unitOfWork.addFinding(finding);
        }
        return finding;
    }

    /**
     * Counts a single-row select that no load listener explained. When one shape reaches the
     * threshold, the stack tells whether it is a stateless session loading one row at a time (a
     * Jakarta Data repository's {@code findById} in a loop, {@code fetch} of each lazy association,
     * eager to-ones selected row by row) or a query the application runs again and again, which is
     * not reported. In {@code throw} mode the select itself throws: no load listener runs after it.
     */
    void countUnexplained(MonitorCore monitor, Shape shape, String sql) {
        int index = unexplainedIndex(shape);
        int reached = ++unexplainedCounts[index];
        if (reached != monitor.config.nPlusOneThreshold()) {
            return;
        }
        LoadCause cause = monitor.statelessLoad(sql);
        if (cause == null) {
            return;
        }
        String callSite = monitor.callSites.current();
        if (monitor.config.nPlusOne() == MonitoringConfig.NPlusOneMode.THROW) {
            throw new NPlusOneException(thrownFinding(monitor, cause, shape, callSite, reached));
        }
        if (suspects == null) {
            suspects = new ArrayList<>(2);
        }
        suspects.add(new Suspect(monitor, cause, shape, callSite, null, true));
    }

    private int unexplainedIndex(Shape shape) {
        for (int i = 0; i < unexplainedSize; i++) {
            if (unexplainedShapes[i] == shape) {
                return i;
            }
        }
        if (unexplainedShapes == null) {
            unexplainedShapes = new Shape[4];
            unexplainedCounts = new int[4];
        } else if (unexplainedSize == unexplainedShapes.length) {
            unexplainedShapes = Arrays.copyOf(unexplainedShapes, unexplainedSize * 2);
            unexplainedCounts = Arrays.copyOf(unexplainedCounts, unexplainedSize * 2);
        }
        unexplainedShapes[unexplainedSize] = shape;
        unexplainedCounts[unexplainedSize] = 0;
        return unexplainedSize++;
    }

    private static NPlusOneFinding finding(LoadCause cause, Shape shape, String callSite, int count) {
        return new NPlusOneFinding(cause.kind().name(), cause.association(), count, shape.text, callSite, cause.fix());
    }

    @Override
    public void transactionCompletion(boolean successful) {
        endUnitOfWork();
    }

    @Override
    public void end() {
        endUnitOfWork();
    }

    private void endUnitOfWork() {
        unitSerial++;
        if (suspects != null) {
            for (Suspect suspect : suspects) {
                int count = suspect.unexplained() ? unexplainedCounts[unexplainedIndex(suspect.shape())]
                        : suspect.count() == null ? firstCount : suspect.count()[0];
                NPlusOneFinding finding = finding(suspect.cause(), suspect.shape(), suspect.callSite(), count);
                suspect.core().addFinding(finding);
                MonitorCore.N_PLUS_ONE_LOG.warn(finding);
                if (unitOfWork != null) {
                    unitOfWork.addFinding(finding);
                }
            }
            suspects = null;
        }
        if (unitOfWork != null) {
            UnitOfWork ended = unitOfWork;
            unitOfWork = null;
            ended.core.unitOfWorkEnded(ended);
        }
        firstCause = null;
        firstShape = null;
        firstCount = 0;
        lazyLoads = null;
        if (unexplainedSize > 0) {
            Arrays.fill(unexplainedShapes, 0, unexplainedSize, null);
            unexplainedSize = 0;
        }
    }
}
