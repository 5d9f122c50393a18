// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.benchmarks;

import java.util.Map;
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

import dev.hibernatepack.monitoring.internal.MonitorCore;
import dev.hibernatepack.monitoring.internal.MonitoringConfig;
import dev.hibernatepack.monitoring.internal.MonitoringSessionListener;
import dev.hibernatepack.monitoring.internal.MonitoringStatementInspector;

/**
 * What the pack's query monitoring costs: the batched insert of {@link InsertBenchmark} and the
 * find by id of {@link FindByIdBenchmark}, with monitoring on and off ({@code monitoring} parameter)
 * on the same entity and database.
 */
public class MonitoringBenchmark {

    /** One factory per fork, with monitoring as the parameter says. */
    @State(Scope.Benchmark)
    public static class MonitoredDatabase {

        @Param({Database.H2})
        public String database;

        @Param({"off", "on"})
        public String monitoring;

        Database db;
        long[] ids;
        RandomIndexes draws;

        @Setup(Level.Trial)
        public void open() {
            db = Database.open(database, null, "on".equals(monitoring));
        }

        @TearDown(Level.Trial)
        public void close() {
            if (db != null) {
                db.close();
            }
        }
    }

    /** Inserts: the tables emptied before every invocation, as in {@link InsertBenchmark}. */
    @State(Scope.Benchmark)
    public static class EmptyTables {
        @Setup(Level.Invocation)
        public void empty(MonitoredDatabase state) {
            state.db.truncate();
        }
    }

    /** Finds: 1,000 rows inserted once, 4,096 ids drawn from them with a fixed seed. */
    @State(Scope.Benchmark)
    public static class Rows {
        @Setup(Level.Trial)
        public void insert(MonitoredDatabase state) {
            state.db.truncate();
            state.ids = Workloads.insertRows(state.db.sessionFactory(), 1_000);
            state.draws = new RandomIndexes(state.ids.length);
        }
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    @OperationsPerInvocation(Workloads.ROWS)
    @Fork(value = 2, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
    @Warmup(iterations = 10, time = 1)
    @Measurement(iterations = 5, time = 1)
    public void persistBatched(MonitoredDatabase state, EmptyTables empty) {
        Workloads.hibernatePersistBatched(state.db.sessionFactory());
    }

    /** The monitoring path alone, without JDBC: inspector, execution start and end, statistics. */
    @State(Scope.Benchmark)
    public static class StatementPath {
        static final String SQL = "select hp1_0.id,hp1_0.is_active,hp1_0.body,hp1_0.created_at,hp1_0.title,hp1_0.updated_at"
                + " from hand_post hp1_0 where hp1_0.id=?";

        MonitoringStatementInspector inspector;
        MonitoringSessionListener listener;

        @Setup(Level.Trial)
        public void create() {
            MonitorCore core = new MonitorCore(MonitoringConfig.from(Map.of()));
            inspector = new MonitoringStatementInspector(null, core);
            listener = new MonitoringSessionListener(core);
        }
    }

    /**
     * What monitoring adds to one statement, in nanoseconds: the work Hibernate's calls into the
     * module do for one executed statement, two {@code System.nanoTime()} reads included.
     */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.NANOSECONDS)
    @Fork(value = 2, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
    @Warmup(iterations = 5, time = 1)
    @Measurement(iterations = 5, time = 1)
    public String perStatement(StatementPath path) {
        String sql = path.inspector.inspect(StatementPath.SQL);
        path.listener.jdbcExecuteStatementStart();
        path.listener.jdbcExecuteStatementEnd();
        return sql;
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    @Fork(value = 2, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
    @Warmup(iterations = 10, time = 1)
    @Measurement(iterations = 5, time = 1)
    public HandPost findById(MonitoredDatabase state, Rows rows) {
        return Workloads.findById(state.db.sessionFactory(), state.ids[state.draws.next()]);
    }
}
