// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.readme.migrations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import dev.hibernatepack.migrations.GeneratedMigration;
import dev.hibernatepack.migrations.MigrationGenerator;

/**
 * The README's migration example: the "blog" unit's database holds what V1 and V2 made, its model
 * has a slug more, and the generator writes V3 with its downgrade (under the test's scratch folder).
 */
class MigrationsReadmeTest {

    private static final String V1 = "create sequence Page_SEQ start with 1 increment by 50;\n"
            + "create table Page (id bigint not null, primary key (id));\n";
    private static final String V2 = "alter table Page add column title varchar(255);\n";

    @Test
    void writesTheNextMigrationAndItsDowngrade() throws IOException, SQLException {
        Path folder = Path.of("src/main/resources/db/migration");
        try (Stream<Path> earlier = Files.exists(folder.getParent()) ? Files.walk(folder.getParent()) : Stream.empty()) {
            for (Path file : earlier.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("V1__blog_schema.sql"), V1);
        Files.writeString(folder.resolve("V2__page_title.sql"), V2);
        try (Connection connection = DriverManager.getConnection("jdbc:h2:mem:readme-blog;DB_CLOSE_DELAY=-1", "sa", "");
                Statement statement = connection.createStatement()) {
            statement.execute("drop all objects");
            for (String sql : (V1 + V2).split(";\n")) {
                statement.execute(sql);
            }
        }

        Optional<GeneratedMigration> next = MigrationGenerator.forPersistenceUnit("blog")
                .migrations(Path.of("src/main/resources/db/migration"))
                .generate("add slug");           // Optional<GeneratedMigration>: V3__add_slug.sql and its downgrade

        assertThat(next).get().satisfies(migration -> {
            assertThat(migration.version()).isEqualTo(3);
            assertThat(migration.upgrade()).hasFileName("V3__add_slug.sql").content().containsIgnoringCase("add column slug");
            assertThat(migration.downgrade()).hasFileName("V3__add_slug.down.sql").content().containsIgnoringCase("drop column slug");
        });
        assertThat(Path.of("src/main/resources/db/downgrade/V3__add_slug.down.sql")).exists();
    }
}
