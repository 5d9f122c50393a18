// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.benchmarks;

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.hibernate.SessionFactory;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import dev.hibernatepack.audit.AuditContext;

/**
 * One update per transaction (find by id, change the title, commit), without and with the audit
 * module: {@link MixinPost} against {@link TrailPost}, whose update also fills {@code updated_by}
 * and writes an audit-log row in the same transaction. Same factory, same run. Score per update.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 2, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 10, time = 1)
@Measurement(iterations = 5, time = 1)
public class AuditBenchmark {

    private static final int ROWS = 1_000;
    private static final Long USER = 42L;

    @Param({Database.H2, Database.POSTGRESQL})
    public String database;

    private Database db;
    private long[] plainIds;
    private long[] trailIds;
    private int next;

    @Setup(Level.Trial)
    public void open() {
        db = Database.open(database, null, false, Map.of(), List.of(MixinPost.class, TrailPost.class));
        SessionFactory factory = db.sessionFactory();
        plainIds = new long[ROWS];
        trailIds = new long[ROWS];
        AuditContext.runAs(USER, () -> factory.inTransaction(session -> {
            for (int i = 0; i < ROWS; i++) {
                MixinPost plain = new MixinPost("title " + i, "body");
                TrailPost audited = new TrailPost("title " + i, "body");
                session.persist(plain);
                session.persist(audited);
                session.flush();
                plainIds[i] = plain.getId();
                trailIds[i] = audited.getId();
            }
        }));
    }

    @TearDown(Level.Trial)
    public void close() {
        if (db != null) {
            db.close();
        }
    }

    @Benchmark
    public void plainUpdate() {
        int i = next++ % ROWS;
        long id = plainIds[i];
        AuditContext.runAs(USER, () -> db.sessionFactory().inTransaction(session -> session.find(MixinPost.class, id)
                .setTitle("title " + i + " " + next)));
    }

    @Benchmark
    public void auditedUpdate() {
        int i = next++ % ROWS;
        long id = trailIds[i];
        AuditContext.runAs(USER, () -> db.sessionFactory().inTransaction(session -> session.find(TrailPost.class, id)
                .setTitle("title " + i + " " + next)));
    }
}
