// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.migrations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceConfiguration;

import org.flywaydb.core.Flyway;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.hibernatepack.migrations.naming.ArticleHistoryRow;
import dev.hibernatepack.migrations.naming.HistoryContributor;
import dev.hibernatepack.migrations.naming.JoinTableByAttributeNamingStrategy;
import dev.hibernatepack.migrations.naming.PackArticle;
import dev.hibernatepack.migrations.naming.PackTag;
import dev.hibernatepack.migrations.naming.StarsConverter;
import dev.hibernatepack.testing.TestDatabase;

/** The draft names tables and columns as the naming strategies in the settings, or a running factory's, say. */
class MigrationGeneratorNamingIT {

    private static final List<Class<?>> MODEL = List.of(PackArticle.class, PackTag.class, StarsConverter.class);
    /** The physical naming strategy Spring Boot 4.1 sets by default. */
    private static final String SNAKE_CASE = "org.hibernate.boot.model.naming.PhysicalNamingStrategySnakeCaseImpl";
    /** The physical naming strategy of Spring Boot 3 and of many existing applications (deprecated since Hibernate 7). */
    private static final String CAMEL_CASE_TO_UNDERSCORES = "org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy";

    @TempDir
    Path project;

    private Map<String, Object> connection;

    @BeforeEach
    void emptyDatabase() throws SQLException {
        connection = TestDatabase.current().connectionSettings("migrations_naming");
        try (Connection jdbc = open(); Statement statement = jdbc.createStatement()) {
            for (String table : List.of("pack_article_tags", "PackArticle_PackTag", "pack_article", "PackArticle", "pack_tag", "PackTag",
                    "article_history_row", "\"flyway_schema_history\"")) {
                statement.execute("drop table if exists " + table + " cascade");
            }
            for (String sequence : List.of("pack_article_seq", "PackArticle_SEQ", "pack_tag_seq", "PackTag_SEQ", "article_history_row_seq")) {
                statement.execute("drop sequence if exists " + sequence);
            }
        }
    }

    private Connection open() throws SQLException {
        return DriverManager.getConnection((String) connection.get("jakarta.persistence.jdbc.url"),
                (String) connection.get("jakarta.persistence.jdbc.user"), (String) connection.get("jakarta.persistence.jdbc.password"));
    }

    private MigrationGenerator generator() {
        return MigrationGenerator.forEntities(MODEL).settings(connection).migrations(project.resolve("db/migration"));
    }

    /** A factory booted the way Spring Boot 4.1 boots it: the naming strategies as class names, Boot's defaults. */
    private EntityManagerFactory bootLikeFactory(Map<String, Object> extra) {
        Map<String, Object> settings = new HashMap<>(connection);
        settings.put("hibernate.physical_naming_strategy", SNAKE_CASE);
        settings.put("hibernate.implicit_naming_strategy", JoinTableByAttributeNamingStrategy.class.getName());
        settings.put("hibernate.hbm2ddl.auto", "none");
        settings.putAll(extra);
        PersistenceConfiguration configuration = new PersistenceConfiguration("boot-like").properties(settings);
        MODEL.forEach(configuration::managedClass);
        return configuration.createEntityManagerFactory();
    }

    /**
     * Spring's container-managed factory: a JDK proxy over Hibernate's, implementing
     * {@link SessionFactory} too, whose {@code unwrap} returns the proxy for the interfaces it implements.
     */
    private static EntityManagerFactory springProxy(EntityManagerFactory target) {
        return (EntityManagerFactory) Proxy.newProxyInstance(MigrationGeneratorNamingIT.class.getClassLoader(),
                new Class<?>[] {SessionFactory.class}, (proxy, method, args) -> {
                    if (method.getName().equals("unwrap") && ((Class<?>) args[0]).isInstance(proxy)) {
                        return proxy;
                    }
                    try {
                        return method.invoke(target, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    private void flywayMigrate() {
        Flyway.configure().dataSource((String) connection.get("jakarta.persistence.jdbc.url"),
                        (String) connection.get("jakarta.persistence.jdbc.user"), (String) connection.get("jakarta.persistence.jdbc.password"))
                .locations("filesystem:" + project.resolve("db/migration")).load().migrate();
    }

    @Test
    void namesTablesAndColumnsAsHibernateDoesWhenNoNamingStrategyIsSet() {
        List<String> statements = generator().generate("create articles").orElseThrow().statements();

        assertThat(statements).anyMatch(sql -> sql.startsWith("create table PackArticle (") && sql.contains("editorNotes"))
                .anyMatch(sql -> sql.startsWith("create table PackArticle_PackTag ("))
                .anyMatch(sql -> sql.startsWith("create sequence PackArticle_SEQ"))
                .noneMatch(sql -> sql.contains("pack_article") || sql.contains("editor_notes"));
    }

    @ParameterizedTest
    @ValueSource(strings = {SNAKE_CASE, CAMEL_CASE_TO_UNDERSCORES})
    void takesThePhysicalAndImplicitNamingStrategiesFromTheSettings(String physical) throws Exception {
        GeneratedMigration migration = generator().setting("hibernate.physical_naming_strategy", physical)
                .setting("hibernate.implicit_naming_strategy", JoinTableByAttributeNamingStrategy.class.getName())
                .generate("create articles").orElseThrow();

        assertThat(migration.statements())
                .anyMatch(sql -> sql.startsWith("create table pack_article (") && sql.contains("editor_notes"))
                .anyMatch(sql -> sql.startsWith("create table pack_tag (") && sql.contains("display_name"))
                .anyMatch(sql -> sql.startsWith("create table pack_article_tags (") && sql.contains("tags_id"))
                .anyMatch(sql -> sql.startsWith("create sequence pack_article_seq"))
                .noneMatch(sql -> sql.contains("PackArticle") || sql.contains("editorNotes"));
        assertThat(Files.readString(migration.downgrade())).contains("drop table pack_article_tags;").contains("drop table pack_article;");
    }

    /** Boot names its tables {@code pack_article}, its columns {@code editor_notes}, its join tables {@code pack_article_tags}. */
    @Test
    void generatesFromARunningFactoryWithItsNamingConvertersAndConnectionsAndLeavesItRunning() {
        try (EntityManagerFactory running = bootLikeFactory(Map.of())) {
            EntityManagerFactory factory = springProxy(running);

            GeneratedMigration migration = MigrationGenerator.forEntityManagerFactory(factory).migrations(project.resolve("db/migration"))
                    .generate("create articles").orElseThrow();

            assertThat(migration.upgrade().getFileName()).hasToString("V1__create_articles.sql");
            assertThat(migration.statements())
                    .anyMatch(sql -> sql.startsWith("create table pack_article (") && sql.contains("editor_notes")
                            && sql.contains("rating integer"))
                    .anyMatch(sql -> sql.startsWith("create table pack_article_tags ("))
                    .noneMatch(sql -> sql.contains("PackArticle") || sql.contains("editorNotes"));
            flywayMigrate();
            assertThat(MigrationGenerator.forEntityManagerFactory(factory).migrations(project.resolve("db/migration"))
                    .generate("again")).as("the migration made what the factory maps").isEmpty();

            // the factory's connections were lent, not closed, and its mapping matches the migrated schema
            running.runInTransaction(em -> em.createNativeQuery("insert into pack_article (id, editor_notes) values (1, 'check facts')")
                    .executeUpdate());
            PackArticle read = running.callInTransaction(em -> em.find(PackArticle.class, 1L));
            assertThat(read).isNotNull();
        }
    }

    @Test
    void settingsGivenToTheGeneratorWinOverTheRunningFactorys() {
        try (EntityManagerFactory running = bootLikeFactory(Map.of())) {
            List<String> statements = MigrationGenerator.forEntityManagerFactory(running).migrations(project.resolve("db/migration"))
                    .setting("hibernate.physical_naming_strategy", "org.hibernate.boot.model.naming.PhysicalNamingStrategyStandardImpl")
                    .generate("create articles").orElseThrow().statements();

            assertThat(statements).anyMatch(sql -> sql.startsWith("create table PackArticle (") && sql.contains("editorNotes"));
        }
    }

    @Test
    void aConnectionGivenToTheGeneratorReplacesTheFactorys() {
        try (EntityManagerFactory running = bootLikeFactory(Map.of())) {
            MigrationGenerator.forEntityManagerFactory(running).migrations(project.resolve("db/migration")).generate("create articles")
                    .orElseThrow();
            flywayMigrate();
            assertThat(MigrationGenerator.forEntityManagerFactory(running).migrations(project.resolve("db/migration"))
                    .generate("again")).as("the factory's database holds the model").isEmpty();

            GeneratedMigration throwaway = MigrationGenerator.forEntityManagerFactory(running).migrations(project.resolve("db/migration"))
                    .setting("jakarta.persistence.jdbc.url", "jdbc:h2:mem:throwaway_" + System.nanoTime() + ";DB_CLOSE_DELAY=-1")
                    .setting("jakarta.persistence.jdbc.user", "sa").generate("on an empty database").orElseThrow();

            assertThat(throwaway.version()).isEqualTo(2);
            assertThat(throwaway.statements()).anyMatch(sql -> sql.startsWith("create table pack_article ("));
        }
    }

    @Test
    void leavesAnEntityAMappingContributorAddsToItsContributor() {
        try (EntityManagerFactory running = bootLikeFactory(Map.of(HistoryContributor.ENABLED, "true"))) {
            assertThat(running.getMetamodel().entity(ArticleHistoryRow.class)).isNotNull();

            List<String> statements = MigrationGenerator.forEntityManagerFactory(running).migrations(project.resolve("db/migration"))
                    .generate("create articles").orElseThrow().statements();

            assertThat(statements.stream().filter(sql -> sql.startsWith("create table article_history_row ("))).hasSize(1);
            assertThat(statements).anyMatch(sql -> sql.startsWith("create table pack_article ("));
        }
    }

    @Test
    void refusesAFactoryThatIsMissingClosedOrMapsNoEntityClass() {
        assertThatThrownBy(() -> MigrationGenerator.forEntityManagerFactory(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("factory must not be null");
        EntityManagerFactory closed = bootLikeFactory(Map.of());
        closed.close();
        assertThatThrownBy(() -> MigrationGenerator.forEntityManagerFactory(closed)).isInstanceOf(IllegalStateException.class);
        try (EntityManagerFactory empty = new PersistenceConfiguration("empty").properties(connection).createEntityManagerFactory()) {
            assertThatThrownBy(() -> MigrationGenerator.forEntityManagerFactory(empty)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("The factory maps no entity class");
        }
    }
}
