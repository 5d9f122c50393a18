// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.benchmarks;

import java.sql.SQLException;
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

    private long[] ids;
    private RandomIndexes draws;

    @Setup(Level.Trial)
    public void insertRows(DatabaseState state) {
        state.db.truncate();
        ids = Workloads.insertRows(state.db.sessionFactory(), PREPARED_ROWS);
        draws = new RandomIndexes(PREPARED_ROWS);
    }

    private long nextId() {
        return ids[draws.next()];
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
