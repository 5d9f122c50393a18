// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.monitoring.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.hibernatepack.monitoring.NPlusOneFinding;
import dev.hibernatepack.monitoring.QueryKind;

/** The statements one block of code ran on this thread, for {@code QueryCounts}. */
public final class Recording {

    private final Map<QueryKind, Integer> counts = new EnumMap<>(QueryKind.class);
    private final List<String> shapes = new ArrayList<>();
    private final Map<LoadCause, Map<Shape, int[]>> lazyLoads = new HashMap<>();
    private final Map<Shape, Integer> unexplained = new HashMap<>();
    private final List<NPlusOneFinding> findings = new ArrayList<>();

    /** Starts recording the statements of this thread. */
    public static Recording start() {
        Object[] state = ThreadState.get();
        var recordings = ThreadState.recordings(state);
        if (recordings == null) {
            recordings = new ArrayList<>(2);
            state[ThreadState.RECORDINGS] = recordings;
        }
        Recording recording = new Recording();
        recordings.add(recording);
        return recording;
    }

    /** Stops this recording. */
    public void stop() {
        Object[] state = ThreadState.get();
        var recordings = ThreadState.recordings(state);
        if (recordings != null) {
            recordings.remove(this);
            if (recordings.isEmpty()) {
                state[ThreadState.RECORDINGS] = null;
            }
        }
    }

    void add(MonitorCore core, Shape shape, String sql, long nanos, LoadCause cause) {
        counts.merge(shape.kind, 1, Integer::sum);
        shapes.add(shape.text);
        if (shape.kind != QueryKind.SELECT || shape.severalKeys) {
            return;
        }
        int threshold = core.config.nPlusOneThreshold();
        if (cause != null) {
            int[] count = lazyLoads.computeIfAbsent(cause, c -> new HashMap<>()).computeIfAbsent(shape, s -> new int[1]);
            if (++count[0] == threshold) {
                findings.add(finding(cause, shape, count[0]));
            }
        } else if (core.config.nPlusOne() != MonitoringConfig.NPlusOneMode.OFF
                && unexplained.merge(shape, 1, Integer::sum) == threshold) {
            // No load listener explained it: a query, or the load of a stateless session, which fires none.
            LoadCause statelessLoad = core.statelessLoad(sql);
            if (statelessLoad != null) {
                findings.add(finding(statelessLoad, shape, threshold));
            }
        }
    }

    private static NPlusOneFinding finding(LoadCause cause, Shape shape, int count) {
        return new NPlusOneFinding(cause.kind().name(), cause.association(), count, shape.text, CallSites.current(), cause.fix());
    }

    /** Statements of one kind. */
    public int count(QueryKind kind) {
        return counts.getOrDefault(kind, 0);
    }

    /** The shapes of all statements, in order. */
    public List<String> shapes() {
        return List.copyOf(shapes);
    }

    /** The N+1 patterns seen in the block, with the count reached when each was found. */
    public List<NPlusOneFinding> findings() {
        return List.copyOf(findings);
    }
}
