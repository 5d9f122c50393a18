// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.migrations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.flywaydb.core.Flyway;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.tool.schema.spi.SchemaManagementException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.hibernatepack.testing.TestDatabase;

/** Generate from an empty database, apply with Flyway, change the model, generate only the difference, apply, downgrade. */
class MigrationGeneratorIT {

    private static final List<Class<?>> V1 = List.of(dev.hibernatepack.migrations.v1.Customer.class);
    private static final List<Class<?>> V2 = List.of(dev.hibernatepack.migrations.v2.Customer.class,
            dev.hibernatepack.migrations.v2.PurchaseOrder.class);

    @TempDir
    Path project;

    private Map<String, Object> connection;

    @BeforeEach
    void emptyDatabase() throws SQLException {
        connection = TestDatabase.current().connectionSettings("migrations");
        try (Connection jdbc = open(); Statement statement = jdbc.createStatement()) {
            for (String sql : List.of("drop table if exists purchase_order cascade", "drop table if exists customer cascade",
                    "drop table if exists \"flyway_schema_history\" cascade", "drop sequence if exists customer_seq",
                    "drop sequence if exists purchase_order_seq")) {
                statement.execute(sql);
            }
        }
    }

    private Connection open() throws SQLException {
        return DriverManager.getConnection((String) connection.get("jakarta.persistence.jdbc.url"),
                (String) connection.get("jakarta.persistence.jdbc.user"), (String) connection.get("jakarta.persistence.jdbc.password"));
    }

    private MigrationGenerator generator(List<Class<?>> model) {
        return MigrationGenerator.forEntities(model).settings(connection).migrations(project.resolve("db/migration"));
    }

    private void flywayMigrate() {
        Flyway.configure().dataSource((String) connection.get("jakarta.persistence.jdbc.url"),
                        (String) connection.get("jakarta.persistence.jdbc.user"), (String) connection.get("jakarta.persistence.jdbc.password"))
                .locations("filesystem:" + project.resolve("db/migration")).load().migrate();
    }

    /** Table name to its columns, lower case, leaving Flyway's own table out. */
    private Map<String, TreeSet<String>> schema() throws SQLException {
        Map<String, TreeSet<String>> tables = new TreeMap<>();
        try (Connection jdbc = open(); ResultSet columns = jdbc.getMetaData().getColumns(null, null, "%", "%")) {
            while (columns.next()) {
                String schema = String.valueOf(columns.getString("TABLE_SCHEM")).toLowerCase(Locale.ROOT);
                String table = columns.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
                if ((schema.equals("public")) && (table.equals("customer") || table.equals("purchase_order"))) {
                    tables.computeIfAbsent(table, t -> new TreeSet<>()).add(columns.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
                }
            }
        }
        return tables;
    }

    private void validate(List<Class<?>> model) {
        Map<String, Object> settings = new java.util.HashMap<>(connection);
        settings.put("hibernate.hbm2ddl.auto", "validate");
        var registry = new StandardServiceRegistryBuilder().applySettings(settings).build();
        try {
            MetadataSources sources = new MetadataSources(registry);
            model.forEach(sources::addAnnotatedClass);
            sources.buildMetadata().buildSessionFactory().close();
        } finally {
            StandardServiceRegistryBuilder.destroy(registry);
        }
    }

    @Test
    void generatesAppliesAndUndoesEachChangeOfTheModel() throws Exception {
        GeneratedMigration first = generator(V1).generate("create customers").orElseThrow();

        assertThat(first.version()).isEqualTo(1);
        assertThat(first.upgrade().getFileName()).hasToString("V1__create_customers.sql");
        assertThat(first.statements()).anyMatch(sql -> sql.startsWith("create table customer"))
                .anyMatch(sql -> sql.startsWith("create sequence customer_seq"));
        flywayMigrate();
        Map<String, TreeSet<String>> afterFirst = schema();
        assertThat(afterFirst).containsOnlyKeys("customer");
        assertThat(afterFirst.get("customer")).containsExactly("id", "name");

        assertThat(generator(V1).generate("nothing to do")).isEmpty();
        assertThat(Files.list(project.resolve("db/migration"))).hasSize(1);

        assertThatThrownBy(() -> validate(V2)).isInstanceOf(SchemaManagementException.class)
                .hasMessageContaining("missing column [email] in table [customer]");

        GeneratedMigration second = generator(V2).generate("Add e-mail & orders!").orElseThrow();

        assertThat(second.version()).isEqualTo(2);
        assertThat(second.upgrade().getFileName()).hasToString("V2__add_e_mail_orders.sql");
        assertThat(second.statements()).noneMatch(sql -> sql.startsWith("create table customer"))
                .anyMatch(sql -> sql.matches("(?i)alter table (if exists )?customer add (column )?email .*"))
                .anyMatch(sql -> sql.startsWith("create table purchase_order"))
                .anyMatch(sql -> sql.startsWith("create index ix_purchase_order_total"))
                .anyMatch(sql -> sql.contains("foreign key"))
                .anyMatch(sql -> sql.matches("(?i)alter table (if exists )?customer add constraint \\S+ unique \\(email\\)"));
        assertThat(second.unmatched()).isEmpty();
        String downgrade = Files.readString(second.downgrade(), StandardCharsets.UTF_8);
        assertThat(second.downgrade()).isEqualTo(project.resolve("db/downgrade/V2__add_e_mail_orders.down.sql"));
        assertThat(downgrade).contains("drop table purchase_order;").contains("drop column email;")
                .contains("drop sequence purchase_order_seq;");
        flywayMigrate();
        assertThat(schema().get("customer")).containsExactly("email", "id", "name");
        assertThat(schema().get("purchase_order")).containsExactly("customer_id", "id", "total");
        validate(V2);
        assertThat(generator(V2).generate("again")).as("unique keys the database has are not recreated").isEmpty();

        try (Connection jdbc = open(); Statement statement = jdbc.createStatement()) {
            for (String sql : downgrade.split(";\n")) {
                String trimmed = sql.lines().filter(line -> !line.startsWith("--")).reduce("", (a, b) -> a + " " + b).strip();
                if (!trimmed.isEmpty()) {
                    statement.execute(trimmed);
                }
            }
        }
        assertThat(schema()).isEqualTo(afterFirst);
        validate(V1);
    }

    @Test
    void refusesAMessageWithoutALetterOrDigit() {
        assertThatThrownBy(() -> generator(V1).generate(" -- ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("has no letter or digit");
        assertThatThrownBy(() -> MigrationGenerator.forEntities(List.of())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("No entity classes given");
    }
}
