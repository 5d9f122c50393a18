// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.examples.spring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Properties;

import jakarta.persistence.EntityManagerFactory;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

import dev.hibernatepack.migrations.GeneratedMigration;
import dev.hibernatepack.migrations.MigrationGenerator;

/**
 * {@code hibernate-migrations} in a Boot application: on the Flyway Boot manages, and drafting
 * from Boot's factory with Boot's naming ({@code article}, {@code created_by}).
 */
@NewsroomTest
class MigrationsUnderBootIT {

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Autowired
    ArticleService service;

    @Autowired
    ArticleRepository articles;

    @Autowired
    CurrentEditor editor;

    @TempDir
    Path dir;

    @Test
    void theFlywayOnTheClassPathIsTheOneBootManages() throws IOException {
        Properties pom = new Properties();
        try (InputStream in = Flyway.class.getResourceAsStream("/META-INF/maven/org.flywaydb/flyway-core/pom.properties")) {
            assertThat(in).isNotNull();
            pom.load(in);
        }
        assertThat(pom.getProperty("version")).isEqualTo("12.4.0");
    }

    @Test
    void aDraftFromBootsFactoryOnAnEmptyDatabaseHasBootsNames() {
        GeneratedMigration draft = MigrationGenerator.forEntityManagerFactory(entityManagerFactory)
                .migrations(dir.resolve("fresh"))
                .setting("jakarta.persistence.jdbc.url", "jdbc:h2:mem:draft2;DB_CLOSE_DELAY=-1")
                .setting("jakarta.persistence.jdbc.user", "sa")
                .generate("create schema").orElseThrow();

        assertThat(draft.upgrade().getFileName()).hasToString("V1__create_schema.sql");
        assertThat(draft.upgrade()).startsWith(dir.resolve("fresh"));
        assertThat(draft.statements()).anyMatch(statement -> statement.startsWith("create table article ("))
                .anyMatch(statement -> statement.startsWith("create table comment ("))
                .anyMatch(statement -> statement.contains("created_by"))
                .noneMatch(statement -> statement.contains("createdBy") || statement.contains("updatedBy")
                        || statement.contains("deletedBy") || statement.contains("Article"));

        Article saved = editor.as("ada", () -> service.publish("After the draft", "tech", "Still here."));
        assertThat(articles.findById(saved.getId())).hasValueSatisfying(a -> assertThat(a.getCreatedBy()).isEqualTo("ada"));
    }

    @Test
    void theApplicationsOwnDatabaseMatchesTheModelSoNothingIsDrafted() {
        assertThat(MigrationGenerator.forEntityManagerFactory(entityManagerFactory).migrations(dir.resolve("same"))
                .generate("nothing")).isEmpty();
        assertThat(dir.resolve("same")).doesNotExist();
    }
}
