// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.benchmarks;

import java.sql.SQLException;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Loading one row by a random existing id: {@code Session.find} in a new session (so always a
 * real select) against a hand-written JDBC select mapped into the same entity class.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 2, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 10, time = 1)
@Measurement(iterations = 5, time = 1)
public class FindByIdBenchmark {

    private static final int PREPARED_ROWS = 1_000;
    // A power of two, so the cursor wraps with a mask.
    private static final int RANDOM_IDS = 4_096;

    private long[] ids;
    private int next;

    @Setup(Level.Trial)
    public void insertRows(DatabaseState state) {
        state.db.truncate();
        long[] inserted = Workloads.insertRows(state.db.sessionFactory(), PREPARED_ROWS);
        // Drawn once, so the timed path does not include the random number generator.
        SplittableRandom random = new SplittableRandom(42);
        ids = new long[RANDOM_IDS];
        for (int i = 0; i < RANDOM_IDS; i++) {
            ids[i] = inserted[random.nextInt(PREPARED_ROWS)];
        }
    }

    private long nextId() {
        long id = ids[next];
        next = (next + 1) & (RANDOM_IDS - 1);
        return id;
    }

    @Benchmark
    public HandPost findById(DatabaseState state) {
        return Workloads.findById(state.db.sessionFactory(), nextId());
    }

    @Benchmark
    public HandPost rawJdbcSelectById(DatabaseState state) throws SQLException {
        return Workloads.rawJdbcSelectById(state.db, nextId());
    }
}
