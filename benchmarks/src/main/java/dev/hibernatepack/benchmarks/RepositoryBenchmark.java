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

import dev.hibernatepack.repository.BaseRepository;

/**
 * {@code BaseRepository.insertAll} of {@value Workloads#ROWS} {@link MixinPost}s against raw JDBC
 * batches and the plain {@code persist} loop, in the same run, on the same factory and pool.
 * Scores are per row.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@OperationsPerInvocation(Workloads.ROWS)
@Fork(value = 3, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 10, time = 1)
@Measurement(iterations = 5, time = 1)
public class RepositoryBenchmark {

    private BaseRepository<MixinPost, Long> repository;

    @Setup(Level.Trial)
    public void repository(DatabaseState state) {
        repository = new BaseRepository<>(dev.hibernatepack.repository.Database.of(state.db.sessionFactory()), MixinPost.class);
    }

    @Setup(Level.Invocation)
    public void emptyTables(DatabaseState state) {
        state.db.truncate();
    }

    @Benchmark
    public void rawJdbcBatchInsert(DatabaseState state) throws SQLException {
        Workloads.rawJdbcBatchInsert(state.db);
    }

    @Benchmark
    public void persistLoop(DatabaseState state) {
        Workloads.mixinPersistBatched(state.db.sessionFactory());
    }

    @Benchmark
    public void statelessInsertLoop(DatabaseState state) {
        Workloads.statelessInsertLoop(state.db.sessionFactory());
    }

    @Benchmark
    public void insertAll() {
        Workloads.repositoryInsertAll(repository);
    }
}
