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
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Inserting {@value Workloads#ROWS} rows in one transaction, JDBC batch 50, into emptied tables:
 * raw JDBC (the physical limit) against Hibernate with hand-set and with mixin timestamps.
 * Scores are per row.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@OperationsPerInvocation(Workloads.ROWS)
@Fork(value = 3, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 10, time = 1)
@Measurement(iterations = 5, time = 1)
public class InsertBenchmark {

    // An invocation lasts 10 ms or more, far above the timer cost JMH warns of for Level.Invocation.
    @Setup(Level.Invocation)
    public void emptyTables(DatabaseState state) {
        state.db.truncate();
    }

    @Benchmark
    public void rawJdbcBatchInsert(DatabaseState state) throws SQLException {
        Workloads.rawJdbcBatchInsert(state.db);
    }

    @Benchmark
    public void hibernatePersistBatched(DatabaseState state) {
        Workloads.hibernatePersistBatched(state.db.sessionFactory());
    }

    @Benchmark
    public void mixinPersistBatched(DatabaseState state) {
        Workloads.mixinPersistBatched(state.db.sessionFactory());
    }

    @Benchmark
    public void builtinPersistBatched(DatabaseState state) {
        Workloads.builtinPersistBatched(state.db.sessionFactory());
    }

    @Benchmark
    public void statelessInsertMultiple(DatabaseState state) {
        Workloads.statelessInsertMultiple(state.db.sessionFactory());
    }
}
