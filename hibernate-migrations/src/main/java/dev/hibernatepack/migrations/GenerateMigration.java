// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.migrations;

import java.nio.file.Path;
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
        java.util.Map<String, String> options = new java.util.LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("--") || i + 1 >= args.length) {
                usage("[" + arg + "] is not an option with a value");
                return;
            }
            options.put(arg.substring(2), args[++i]);
        }
        String unit = options.remove("unit");
        String message = options.remove("message");
        if (unit == null || message == null) {
            usage("--unit and --message are required");
            return;
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
        String url = options.remove("url");
        if (url != null) {
            generator.setting("jakarta.persistence.jdbc.url", url);
        }
        String user = options.remove("user");
        if (user != null) {
            generator.setting("jakarta.persistence.jdbc.user", user);
        }
        String password = options.remove("password");
        if (password != null) {
            generator.setting("jakarta.persistence.jdbc.password", password);
        }
        String apply = options.remove("apply-existing");
        if (apply != null) {
            generator.applyExistingMigrations(Boolean.parseBoolean(apply));
        }
        if (!options.isEmpty()) {
            usage("unknown option(s) " + options.keySet() + "; allowed: unit, message, migrations, downgrades, url, user, password,"
                    + " apply-existing");
            return;
        }
        Optional<GeneratedMigration> generated = generator.generate(message);
        if (generated.isEmpty()) {
            System.out.println("The database already matches the model: no migration written.");
            return;
        }
        GeneratedMigration migration = generated.get();
        System.out.println("Wrote " + migration.upgrade() + " (" + migration.statements().size() + " statements) and "
                + migration.downgrade() + "; review both before applying.");
        if (!migration.unmatched().isEmpty()) {
            System.out.println("The downgrade does not undo " + migration.unmatched().size() + " statement(s); see its comments.");
        }
    }

    private static void usage(String problem) {
        System.err.println(problem);
        System.err.println("usage: GenerateMigration --unit <persistence unit> --message <what it does> [--migrations <dir>]"
                + " [--downgrades <dir>] [--url <jdbc url>] [--user <user>] [--password <password>] [--apply-existing true]");
        System.exit(2);
    }
}
