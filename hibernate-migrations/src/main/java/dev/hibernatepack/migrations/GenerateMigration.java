// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.migrations;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The command line of {@link MigrationGenerator}: writes the next migration of a persistence unit
 * against the database its {@code persistence.xml} names, for review.
 *
 * <pre>
 * mvn -q exec:java -Dexec.mainClass=dev.hibernatepack.migrations.GenerateMigration \
 *     -Dexec.args="--unit blog --message 'add slug'"
 * </pre>
 *
 * Options: {@code --unit} (required), {@code --message} (required), {@code --migrations}
 * (default {@code src/main/resources/db/migration}), {@code --downgrades}, {@code --url},
 * {@code --user}, {@code --password} (over the unit's connection), {@code --apply-existing true} (run the
 * migrations already there first, on a throwaway database such as {@code jdbc:h2:mem:draft}).
 */
public final class GenerateMigration {

    private GenerateMigration() {
    }

    public static void main(String[] args) {
        int status = run(args, System.out, System.err);
        if (status != 0) {
            System.exit(status);
        }
    }

    /** Runs the command; 0 when it did its work (a migration written or none needed), 2 for bad arguments. */
    static int run(String[] args, PrintStream out, PrintStream err) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("--") || i + 1 >= args.length) {
                return usage(err, "[" + arg + "] is not an option with a value");
            }
            options.put(arg.substring(2), args[++i]);
        }
        String unit = options.remove("unit");
        String message = options.remove("message");
        if (unit == null || message == null) {
            return usage(err, "--unit and --message are required");
        }
        MigrationGenerator generator = MigrationGenerator.forPersistenceUnit(unit);
        String migrations = options.remove("migrations");
        if (migrations != null) {
            generator.migrations(Path.of(migrations));
        }
        String downgrades = options.remove("downgrades");
        if (downgrades != null) {
            generator.downgrades(Path.of(downgrades));
        }
        for (String connection : new String[] {"url", "user", "password"}) {
            String value = options.remove(connection);
            if (value != null) {
                generator.setting("jakarta.persistence.jdbc." + connection, value);
            }
        }
        String apply = options.remove("apply-existing");
        if (apply != null) {
            generator.applyExistingMigrations(Boolean.parseBoolean(apply));
        }
        if (!options.isEmpty()) {
            return usage(err, "unknown option(s) " + options.keySet() + "; allowed: unit, message, migrations, downgrades, url, user,"
                    + " password, apply-existing");
        }
        Optional<GeneratedMigration> generated = generator.generate(message);
        if (generated.isEmpty()) {
            out.println("The database already matches the model: no migration written.");
            return 0;
        }
        GeneratedMigration migration = generated.get();
        out.println("Wrote " + migration.upgrade() + " (" + migration.statements().size() + " statements) and "
                + migration.downgrade() + "; review both before applying.");
        if (!migration.unmatched().isEmpty()) {
            out.println("The downgrade does not undo " + migration.unmatched().size() + " statement(s); see its comments.");
        }
        return 0;
    }

    private static int usage(PrintStream err, String problem) {
        err.println(problem);
        err.println("usage: GenerateMigration --unit <persistence unit> --message <what it does> [--migrations <dir>]"
                + " [--downgrades <dir>] [--url <jdbc url>] [--user <user>] [--password <password>] [--apply-existing true]");
        return 2;
    }
}
