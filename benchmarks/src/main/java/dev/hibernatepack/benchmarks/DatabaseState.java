// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.benchmarks;

import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * One {@link Database} per trial (per fork) on the database named by the {@code database}
 * parameter; {@code postgresql} reads {@code PG_JDBC_URL}, {@code PG_USER}, {@code PG_PASSWORD}.
 */
@State(Scope.Benchmark)
public class DatabaseState {

    @Param({Database.H2, Database.POSTGRESQL})
    public String database;

    Database db;

    @Setup(Level.Trial)
    public void open() {
        db = Database.open(database);
    }

    @TearDown(Level.Trial)
    public void close() {
        if (db != null) {
            db.close();
        }
    }
}
