// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.readme.migrations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceConfiguration;

import org.junit.jupiter.api.Test;

import dev.hibernatepack.migrations.MigrationGenerator;
import dev.hibernatepack.testing.TestDatabase;

/**
 * The README's Spring Boot migration example, on a factory booted with the naming settings Spring
 * Boot 4.1 puts on its own (the physical strategy as Boot's default; Boot's implicit one differs
 * from Hibernate's only for join tables, which this model has none of).
 */
class MigrationsSpringBootReadmeTest {

    @Test
    void draftsWithTheNamesOfTheApplicationsFactory() throws IOException {
        Path folder = Path.of("src/main/resources/db/migration");
        try (Stream<Path> earlier = Files.exists(folder.getParent()) ? Files.walk(folder.getParent()) : Stream.empty()) {
            for (Path file : earlier.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
        Map<String, Object> settings = new HashMap<>(TestDatabase.current().connectionSettings("readme_boot"));
        settings.put("hibernate.physical_naming_strategy", "org.hibernate.boot.model.naming.PhysicalNamingStrategySnakeCaseImpl");
        settings.put("hibernate.implicit_naming_strategy", "org.hibernate.boot.model.naming.ImplicitNamingStrategyJpaCompliantImpl");
        try (EntityManagerFactory entityManagerFactory = new PersistenceConfiguration("boot").managedClass(PackArticle.class)
                .properties(settings).createEntityManagerFactory()) {

            MigrationGenerator.forEntityManagerFactory(entityManagerFactory)    // the application's, injected
                    .generate("add editor notes");   // V1__add_editor_notes.sql: create table pack_article (... editor_notes ...)

            assertThat(folder.resolve("V1__add_editor_notes.sql")).content().contains("create table pack_article (")
                    .contains("editor_notes").doesNotContain("PackArticle");
        }
    }
}
