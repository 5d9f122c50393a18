// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.monitoring.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.hibernate.SessionEventListener;

import dev.hibernatepack.monitoring.NPlusOneFinding;

/**
 * One per session (installed through {@code hibernate.session.events.auto}): times each JDBC
 * execution of the statement the inspector has just seen, and counts the session's lazy loads for
 * N+1 detection. The unit of work ends with each transaction and with the session.
 */
public final class MonitoringSessionListener implements SessionEventListener {

    private static final long serialVersionUID = 1L;

    private transient MonitorCore core;
    private transient String sql;
    private transient long start;
    // The last statement seen: a JDBC batch is prepared (and inspected) once, executed many times.
    private transient MonitorCore lastCore;
    private transient String lastSql;
    // The first lazy-load pattern of the unit of work is counted in fields, so a unit of work that
    // loads by one pattern only (a find per request) allocates nothing; maps hold the others.
    private transient LoadCause firstCause;
    private transient Shape firstShape;
    private transient int[] firstCount;
    private transient Map<LoadCause, Map<Shape, int[]>> lazyLoads;
    private transient List<Suspect> suspects;

    /** An association found loaded one row at a time; logged with its final count when the unit of work ends. */
    private record Suspect(MonitorCore core, LoadCause cause, Shape shape, String callSite, int[] count) {
    }

    @Override
    public void jdbcExecuteStatementStart() {
        begin();
    }

    @Override
    public void jdbcExecuteStatementEnd() {
        finish();
    }

    @Override
    public void jdbcExecuteBatchStart() {
        begin();
    }

    @Override
    public void jdbcExecuteBatchEnd() {
        finish();
    }

    private void begin() {
        Object[] state = ThreadState.get();
        MonitorCore pending = (MonitorCore) state[ThreadState.PENDING_CORE];
        if (pending != null) {
            lastCore = pending;
            lastSql = (String) state[ThreadState.PENDING_SQL];
            // Cleared, so that a pooled thread holds none of our objects between statements.
            state[ThreadState.PENDING_CORE] = null;
            state[ThreadState.PENDING_SQL] = null;
        }
        core = lastCore;
        if (core != null) {
            sql = lastSql;
            start = System.nanoTime();
        }
    }

    private void finish() {
        MonitorCore current = core;
        if (current == null) {
            return;
        }
        long nanos = System.nanoTime() - start;
        core = null;
        current.record(sql, nanos, this, ThreadState.get());
    }

    void countLazyLoad(MonitorCore monitor, LoadCause cause, Shape shape, Object[] state) {
        int[] count;
        if (firstCause == null) {
            firstCause = cause;
            firstShape = shape;
            firstCount = new int[1];
            count = firstCount;
        } else if (firstCause == cause && firstShape == shape) {
            count = firstCount;
        } else {
            if (lazyLoads == null) {
                lazyLoads = new HashMap<>();
            }
            count = lazyLoads.computeIfAbsent(cause, c -> new HashMap<>()).computeIfAbsent(shape, s -> new int[1]);
        }
        if (++count[0] != monitor.config.nPlusOneThreshold()) {
            return;
        }
        String callSite = CallSites.current();
        if (monitor.config.nPlusOne() == MonitoringConfig.NPlusOneMode.THROW) {
            NPlusOneFinding finding = finding(cause, shape, callSite, count[0]);
            monitor.addFinding(finding);
            state[ThreadState.FAILURE] = finding; // thrown once the load in progress is complete
        } else {
            if (suspects == null) {
                suspects = new ArrayList<>(2);
            }
            suspects.add(new Suspect(monitor, cause, shape, callSite, count));
        }
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
        if (suspects != null) {
            for (Suspect suspect : suspects) {
                NPlusOneFinding finding = finding(suspect.cause(), suspect.shape(), suspect.callSite(), suspect.count()[0]);
                suspect.core().addFinding(finding);
                MonitorCore.N_PLUS_ONE_LOG.warn(finding);
            }
            suspects = null;
        }
        firstCause = null;
        firstShape = null;
        firstCount = null;
        lazyLoads = null;
    }
}
