// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.monitoring.internal;

import java.util.concurrent.atomic.LongAccumulator;
import java.util.concurrent.atomic.LongAdder;

import dev.hibernatepack.monitoring.QueryKind;

/** One statement shape and its running totals (shared by every SQL string of that shape). */
final class Shape {

    final String text;
    final QueryKind kind;
    final boolean severalKeys;
    final Totals totals;

    Shape(String text, Totals totals) {
        this.text = text;
        this.kind = SqlShapes.kindOf(text);
        this.severalKeys = SqlShapes.loadsSeveralKeys(text);
        this.totals = totals;
    }

    /** Counters updated without locks; read for snapshots. */
    static final class Totals {
        final String text;
        final QueryKind kind;
        final LongAdder count = new LongAdder();
        // Parameter sets beyond one per execution (batches); zero cost for single statements.
        final LongAdder extraRows = new LongAdder();
        final LongAdder nanos = new LongAdder();
        final LongAccumulator maxNanos = new LongAccumulator(Math::max, 0);

        Totals(String text, QueryKind kind) {
            this.text = text;
            this.kind = kind;
        }

        void add(long duration, int rows) {
            count.increment();
            if (rows > 1) {
                extraRows.add(rows - 1L);
            }
            nanos.add(duration);
            maxNanos.accumulate(duration);
        }
    }
}
