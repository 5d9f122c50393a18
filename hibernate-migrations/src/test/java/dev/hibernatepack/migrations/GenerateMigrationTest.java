// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.migrations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line, on the {@code migrations-cli} unit (H2 in memory). */
class GenerateMigrationTest {

    @TempDir
    Path project;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return GenerateMigration.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void writesTheFirstMigrationThenNothingOnceItIsApplied() throws Exception {
        String migrations = project.resolve("db/migration").toString();
        String[] args = {"--unit", "migrations-cli", "--message", "create customers", "--migrations", migrations,
                "--url", "jdbc:h2:mem:cli_" + System.nanoTime() + ";DB_CLOSE_DELAY=-1", "--user", "sa", "--apply-existing", "true"};

        assertThat(run(args)).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("V1__create_customers.sql").contains("review both before applying");
        assertThat(Files.readString(project.resolve("db/migration/V1__create_customers.sql"))).contains("create table customer");
        assertThat(project.resolve("db/downgrade/V1__create_customers.down.sql")).exists();

        out.reset();
        args[7] = "jdbc:h2:mem:cli_" + System.nanoTime() + ";DB_CLOSE_DELAY=-1"; // a fresh database, the migration applied first
        assertThat(run(args)).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("already matches the model: no migration written");
        assertThat(Files.list(project.resolve("db/migration"))).hasSize(1);
    }

    @Test
    void badArgumentsExitWithTwoAndTheUsage() {
        assertThat(run("--unit", "migrations-cli")).isEqualTo(2);
        assertThat(run("--unit", "migrations-cli", "--message", "x", "--colour", "red")).isEqualTo(2);
        assertThat(run("--unit")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--unit and --message are required")
                .contains("unknown option(s) [colour]").contains("[--unit] is not an option with a value")
                .contains("usage: GenerateMigration --unit <persistence unit> --message <what it does>");
    }
}
