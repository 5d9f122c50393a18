// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.monitoring.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import dev.hibernatepack.monitoring.NPlusOneFinding;
import dev.hibernatepack.monitoring.QueryKind;

/**
 * The statements one block of code ran on this thread, for {@code QueryCounts}. N+1 patterns are
 * counted per unit of work, as the session's own detector counts them (each transaction, or a
 * session's work outside one up to its close), and each finding reports the count its unit of work
 * reached by the end of the unit or of the block, whichever came first.
 */
public final class Recording {

    private final Map<QueryKind, Integer> counts = new EnumMap<>(QueryKind.class);
    private final List<String> shapes = new ArrayList<>();
    // The single-row selects of the unit of work each session is in, as far as this block saw them.
    private final Map<MonitoringSessionListener, UnitCounts> units = new IdentityHashMap<>();
    private final List<Suspect> suspects = new ArrayList<>();

    /** One unit of work's counts, per cause and shape, and per shape for selects no load listener explained. */
    private static final class UnitCounts {
        final int serial;
        final Map<LoadCause, Map<Shape, int[]>> lazyLoads = new HashMap<>();
        final Map<Shape, int[]> unexplained = new HashMap<>();

        UnitCounts(int serial) {
            this.serial = serial;
        }
    }

    /** A pattern that reached the threshold, where it did; its count goes on while its unit of work does. */
    private record Suspect(LoadCause cause, Shape shape, String callSite, int[] count) {
    }

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
        units.clear();
    }

    void add(MonitorCore core, Shape shape, String sql, LoadCause cause, MonitoringSessionListener session) {
        counts.merge(shape.kind, 1, Integer::sum);
        shapes.add(shape.text);
        if (shape.kind != QueryKind.SELECT || shape.severalKeys || core.config.nPlusOne() == MonitoringConfig.NPlusOneMode.OFF) {
            return;
        }
        UnitCounts unit = units.get(session);
        if (unit == null || unit.serial != session.unitSerial()) {
            unit = new UnitCounts(session.unitSerial()); // the session's previous unit of work, if any, has ended
            units.put(session, unit);
        }
        int threshold = core.config.nPlusOneThreshold();
        if (cause != null) {
            int[] count = unit.lazyLoads.computeIfAbsent(cause, c -> new HashMap<>()).computeIfAbsent(shape, s -> new int[1]);
            if (++count[0] == threshold) {
                suspects.add(new Suspect(cause, shape, core.callSites.current(), count));
            }
        } else {
            int[] count = unit.unexplained.computeIfAbsent(shape, s -> new int[1]);
            if (++count[0] == threshold) {
                // No load listener explained it: a query, or the load of a stateless session, which fires none.
                LoadCause statelessLoad = core.statelessLoad(sql);
                if (statelessLoad != null) {
                    suspects.add(new Suspect(statelessLoad, shape, core.callSites.current(), count));
                }
            }
        }
    }

    /** Statements of one kind. */
    public int count(QueryKind kind) {
        return counts.getOrDefault(kind, 0);
    }

    /** The shapes of all statements, in order. */
    public List<String> shapes() {
        return List.copyOf(shapes);
    }

    /** The N+1 patterns seen in the block, in the order they reached the threshold, each with its final count. */
    public List<NPlusOneFinding> findings() {
        return suspects.stream().map(s -> new NPlusOneFinding(s.cause().kind().name(), s.cause().association(), s.count()[0],
                s.shape().text, s.callSite(), s.cause().fix())).toList();
    }
}
