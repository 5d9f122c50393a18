// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.migrations;

import java.nio.file.Path;
import java.util.List;

/**
 * The scripts {@link MigrationGenerator} wrote for review: the upgrade Flyway will run
 * ({@code V<version>__<name>.sql}) and the downgrade that drops what it adds.
 *
 * @param version the Flyway version, one above the highest in the migrations directory
 * @param upgrade the upgrade script
 * @param downgrade the downgrade script, kept outside Flyway's location
 * @param statements the upgrade's statements, in order
 * @param unmatched upgrade statements the downgrade could not undo (a comment in the downgrade says so)
 */
public record GeneratedMigration(int version, Path upgrade, Path downgrade, List<String> statements, List<String> unmatched) {

    /** Copies the lists. */
    public GeneratedMigration {
        statements = List.copyOf(statements);
        unmatched = List.copyOf(unmatched);
    }
}
