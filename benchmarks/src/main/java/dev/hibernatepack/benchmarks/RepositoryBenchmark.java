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
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import dev.hibernatepack.repository.BaseRepository;

/**
 * {@code BaseRepository.insertAll} of {@value Workloads#ROWS} {@link MixinPost}s against raw JDBC
 * batches and the plain {@code persist} loop, in the same run, on the same factory and pool.
 * Scores are per row. The factory has the pooled optimizer {@code Database} installs
 * ({@link Database#repositorySettings()}); the three baselines never ask it to prefetch, so they
 * run as on plain Hibernate.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@OperationsPerInvocation(Workloads.ROWS)
@Fork(value = 3, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 10, time = 1)
@Measurement(iterations = 5, time = 1)
public class RepositoryBenchmark {

    @Param({Database.H2, Database.POSTGRESQL})
    public String database;

    private Database db;
    private BaseRepository<MixinPost, Long> repository;

    @Setup(Level.Trial)
    public void open() {
        db = Database.open(database, null, false, Database.repositorySettings());
        repository = new BaseRepository<>(dev.hibernatepack.repository.Database.of(db.sessionFactory()), MixinPost.class);
    }

    @TearDown(Level.Trial)
    public void close() {
        if (db != null) {
            db.close();
        }
    }

    @Setup(Level.Invocation)
    public void emptyTables() {
        db.truncate();
    }

    @Benchmark
    public void rawJdbcBatchInsert() throws SQLException {
        Workloads.rawJdbcBatchInsert(db);
    }

    @Benchmark
    public void persistLoop() {
        Workloads.mixinPersistBatched(db.sessionFactory());
    }

    @Benchmark
    public void statelessInsertLoop() {
        Workloads.statelessInsertLoop(db.sessionFactory());
    }

    @Benchmark
    public void insertAll() {
        Workloads.repositoryInsertAll(repository);
    }
}
