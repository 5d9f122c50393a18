// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.migrations;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;

import org.flywaydb.core.Flyway;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.boot.spi.MetadataImplementor;
import org.hibernate.engine.config.spi.ConfigurationService;
import org.hibernate.engine.jdbc.connections.spi.ConnectionProvider;
import org.hibernate.engine.jdbc.connections.spi.JdbcConnectionAccess;
import org.hibernate.engine.jdbc.spi.JdbcServices;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.tool.schema.spi.DelayedDropRegistryNotAvailableImpl;
import org.hibernate.tool.schema.spi.SchemaManagementToolCoordinator;

import dev.hibernatepack.migrations.internal.BorrowedConnections;
import dev.hibernatepack.migrations.internal.Downgrades;
import dev.hibernatepack.migrations.internal.ModelClasses;

/**
 * Writes the next Flyway migration from the difference between the mapped entities and a live
 * database, for review before it is applied: {@code V<n>__<message>.sql} with what Hibernate's
 * own schema migrator would add (new tables, columns, sequences, indexes, constraints), and a
 * downgrade script that drops the same again. Nothing is applied; when the database already
 * matches the model, nothing is written.
 *
 * <pre>{@code
 * MigrationGenerator.forPersistenceUnit("blog")
 *         .migrations(Path.of("src/main/resources/db/migration"))
 *         .generate("add slug");   // V3__add_slug.sql, and db/downgrade/V3__add_slug.down.sql
 * }</pre>
 *
 * The model is named as the settings say: {@code hibernate.physical_naming_strategy} and
 * {@code hibernate.implicit_naming_strategy} apply as they do at startup, and
 * {@link #forEntityManagerFactory} takes them, with the entities and the connection, from a
 * running factory (Spring Boot's, with Boot's naming).
 */
public final class MigrationGenerator {

    private static final Pattern VERSIONED = Pattern.compile("V(\\d+)__.*\\.sql");

    private final String persistenceUnit;
    private final List<Class<?>> entities;
    private final SessionFactoryImplementor running;
    private final Map<String, Object> runningSettings;
    private final Map<String, Object> settings = new LinkedHashMap<>();
    private Path migrations = Path.of("src", "main", "resources", "db", "migration");
    private Path downgrades;
    private boolean applyExisting;

    private MigrationGenerator(String persistenceUnit, List<Class<?>> entities, SessionFactoryImplementor running,
            Map<String, Object> runningSettings) {
        this.persistenceUnit = persistenceUnit;
        this.entities = entities;
        this.running = running;
        this.runningSettings = runningSettings;
    }

    /** A generator for the entities and connection of a {@code persistence.xml} unit. */
    public static MigrationGenerator forPersistenceUnit(String name) {
        return new MigrationGenerator(Objects.requireNonNull(name, "name must not be null"), List.of(), null, Map.of());
    }

    /** A generator for these entity classes; give the connection with {@link #setting}. */
    public static MigrationGenerator forEntities(List<Class<?>> entities) {
        if (entities.isEmpty()) {
            throw new IllegalArgumentException("No entity classes given; name the classes the migration is for");
        }
        return new MigrationGenerator(null, List.copyOf(entities), null, Map.of());
    }

    /**
     * A generator for the model of a running factory, as it was built: its entity, embeddable and
     * mapped-superclass classes and the converters they use, its settings (naming strategies, dialect, {@code hibernatepack.*})
     * and its connections. This is the way in a Spring Boot application, whose naming strategies
     * Boot sets on the factory ({@code pack_article}, not {@code PackArticle}):
     *
     * <pre>{@code
     * MigrationGenerator.forEntityManagerFactory(entityManagerFactory).generate("add editor notes");
     * }</pre>
     *
     * Mappings declared only in XML are not read. Settings given with {@link #setting} win over the
     * factory's; a connection given so ({@code jakarta.persistence.jdbc.url}, say) replaces the factory's.
     *
     * @throws IllegalArgumentException when the factory maps no entity class
     */
    public static MigrationGenerator forEntityManagerFactory(EntityManagerFactory factory) {
        Objects.requireNonNull(factory, "factory must not be null");
        // Spring's factory proxy returns itself for the interfaces it implements: ask for what only Hibernate's factory is
        SessionFactoryImplementor running = factory.unwrap(SessionFactoryImplementor.class);
        List<Class<?>> classes = ModelClasses.of(running);
        if (classes.isEmpty()) {
            throw new IllegalArgumentException("The factory maps no entity class; a migration can only be generated for entity classes");
        }
        return new MigrationGenerator(null, classes, running, ModelClasses.reusableSettings(running.getProperties()));
    }

    /** A Hibernate or JPA setting (the JDBC URL, say), over the persistence unit's own. */
    public MigrationGenerator setting(String name, Object value) {
        settings.put(Objects.requireNonNull(name, "name must not be null"), value);
        return this;
    }

    /** Settings, as {@link #setting}. */
    public MigrationGenerator settings(Map<String, ?> values) {
        values.forEach(this::setting);
        return this;
    }

    /** Flyway's migrations directory; default {@code src/main/resources/db/migration}. */
    public MigrationGenerator migrations(Path directory) {
        this.migrations = Objects.requireNonNull(directory, "directory must not be null");
        return this;
    }

    /** Where downgrade scripts go; default {@code db/downgrade} beside the migrations directory, outside Flyway's location. */
    public MigrationGenerator downgrades(Path directory) {
        this.downgrades = Objects.requireNonNull(directory, "directory must not be null");
        return this;
    }

    /**
     * Whether to run the migrations already in the directory (with Flyway) before comparing: for
     * a throwaway database, an in-memory H2 say, that then holds exactly what the migrations make.
     * Needs the connection as settings ({@code jakarta.persistence.jdbc.url}, {@code .user},
     * {@code .password}). Default {@code false}: the database is compared as it is.
     */
    public MigrationGenerator applyExistingMigrations(boolean apply) {
        this.applyExisting = apply;
        return this;
    }

    /**
     * Compares the model with the database and writes the next migration and its downgrade.
     *
     * @param message what the migration does, for the file name ({@code "add slug"} → {@code V3__add_slug.sql})
     * @return the scripts written; empty when the database already matches the model
     * @throws IllegalArgumentException when the message has no letter or digit
     */
    public Optional<GeneratedMigration> generate(String message) {
        String name = fileName(message);
        if (applyExisting && Files.isDirectory(migrations)) {
            Object url = settings.get("jakarta.persistence.jdbc.url");
            if (url == null || settings.get("jakarta.persistence.jdbc.user") == null) {
                throw new IllegalStateException("Applying the existing migrations needs the connection: give the settings"
                        + " jakarta.persistence.jdbc.url and jakarta.persistence.jdbc.user (and .password)");
            }
            Flyway.configure().dataSource(url.toString(), string(settings.get("jakarta.persistence.jdbc.user")),
                    string(settings.get("jakarta.persistence.jdbc.password")))
                    .locations("filesystem:" + migrations.toAbsolutePath()).load().migrate();
        }
        List<String> statements = differences();
        if (statements.isEmpty()) {
            return Optional.empty();
        }
        try {
            Files.createDirectories(migrations);
            Path downgradeDirectory = downgrades != null ? downgrades
                    : (migrations.getParent() == null ? Path.of("downgrade") : migrations.getParent().resolve("downgrade"));
            Files.createDirectories(downgradeDirectory);
            int version = nextVersion();
            Downgrades.Script down = Downgrades.of(statements);
            Path upgrade = migrations.resolve("V" + version + "__" + name + ".sql");
            Path downgrade = downgradeDirectory.resolve("V" + version + "__" + name + ".down.sql");
            Files.writeString(upgrade, "-- Generated from the entity model by hibernate-migrations: review before it is applied.\n"
                    + String.join(";\n", statements) + ";\n", StandardCharsets.UTF_8);
            Files.writeString(downgrade, "-- Undoes " + upgrade.getFileName() + ": review before it is applied.\n"
                    + down.text(), StandardCharsets.UTF_8);
            return Optional.of(new GeneratedMigration(version, upgrade, downgrade, statements, down.unmatched()));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the migration to " + migrations, e);
        }
    }

    /** What Hibernate's schema migrator would run against the database now, one statement per element. */
    List<String> differences() {
        Path script;
        try {
            script = Files.createTempFile("hibernate-migration", ".sql");
            Files.delete(script); // Hibernate appends to an existing script
        } catch (IOException e) {
            throw new UncheckedIOException("Could not create a temporary file for the script", e);
        }
        boolean ownConnection = settings.keySet().stream().anyMatch(ModelClasses::isConnection);
        Map<String, Object> all = new HashMap<>(ownConnection ? ModelClasses.withoutConnection(runningSettings) : runningSettings);
        all.putAll(settings);
        all.put("jakarta.persistence.schema-generation.database.action", "none");
        all.put("hibernate.hbm2ddl.auto", "none");
        all.put("jakarta.persistence.schema-generation.scripts.action", "update");
        all.put("jakarta.persistence.schema-generation.scripts.create-target", script.toString());
        all.put("hibernate.hbm2ddl.delimiter", ";");
        all.put("hibernate.format_sql", "false");
        try {
            Set<String> constraints;
            if (persistenceUnit != null) {
                try (var factory = Persistence.createEntityManagerFactory(persistenceUnit, all)) {
                    constraints = existingConstraints(factory.unwrap(SessionFactoryImplementor.class).getJdbcServices()
                            .getBootstrapJdbcConnectionAccess());
                }
            } else {
                constraints = migrateScript(all, running != null && !ownConnection);
            }
            if (!Files.exists(script)) {
                return List.of();
            }
            List<String> statements = new ArrayList<>();
            for (String line : Files.readAllLines(script, StandardCharsets.UTF_8)) {
                String statement = line.strip();
                if (statement.endsWith(";")) {
                    statement = statement.substring(0, statement.length() - 1).strip();
                }
                if (!statement.isEmpty()) {
                    statements.add(statement);
                }
            }
            return withoutRecreatedConstraints(statements, constraints);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the script Hibernate wrote", e);
        } finally {
            try {
                Files.deleteIfExists(script);
            } catch (IOException ignored) {
                // a temporary file; the OS cleans it up
            }
        }
    }

    /**
     * Runs Hibernate's schema migrator on the metadata built from the entity classes, with the
     * script target the settings name; no session factory is built, so no integrator runs twice.
     * Returns the database's constraint names.
     */
    private Set<String> migrateScript(Map<String, Object> all, boolean borrowConnections) {
        var builder = new StandardServiceRegistryBuilder().applySettings(all);
        if (borrowConnections) {
            ConnectionProvider connections = running.getServiceRegistry().getService(ConnectionProvider.class);
            if (connections != null) {
                builder.addService(ConnectionProvider.class, new BorrowedConnections(connections));
            }
        }
        StandardServiceRegistry registry = builder.build();
        try {
            MetadataImplementor metadata = ModelClasses.buildMetadata(registry, entities, running != null);
            metadata.orderColumns(false);
            metadata.validate();
            SchemaManagementToolCoordinator.process(metadata, registry,
                    registry.requireService(ConfigurationService.class).getSettings(), DelayedDropRegistryNotAvailableImpl.INSTANCE);
            return existingConstraints(registry.requireService(JdbcServices.class).getBootstrapJdbcConnectionAccess());
        } finally {
            StandardServiceRegistryBuilder.destroy(registry);
        }
    }

    /**
     * The statements without the {@code drop constraint if exists} / {@code add constraint ... unique}
     * pairs Hibernate's migrator writes on every run for unique keys the database already has.
     */
    static List<String> withoutRecreatedConstraints(List<String> statements, Set<String> existing) {
        List<String> kept = new ArrayList<>();
        for (String statement : statements) {
            String name = Downgrades.uniqueKeyRecreated(statement);
            if (name == null || !existing.contains(name)) {
                kept.add(statement);
            }
        }
        return kept;
    }

    /** The names of the database's constraints, lower case; empty when it has no information_schema. */
    private static Set<String> existingConstraints(JdbcConnectionAccess access) {
        Set<String> names = new HashSet<>();
        try {
            java.sql.Connection connection = access.obtainConnection();
            try (var statement = connection.createStatement();
                    var rows = statement.executeQuery("select constraint_name from information_schema.table_constraints")) {
                while (rows.next()) {
                    names.add(rows.getString(1).toLowerCase(Locale.ROOT));
                }
            } catch (java.sql.SQLException e) {
                return Set.of(); // no information_schema: keep every statement, the reviewer decides
            } finally {
                access.releaseConnection(connection);
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("Could not read the database's constraints", e);
        }
        return names;
    }

    private int nextVersion() throws IOException {
        int highest = 0;
        try (Stream<Path> files = Files.list(migrations)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Matcher matcher = VERSIONED.matcher(file.getFileName().toString());
                if (matcher.matches()) {
                    highest = Math.max(highest, Integer.parseInt(matcher.group(1)));
                }
            }
        }
        return highest + 1;
    }

    private static String string(Object value) {
        return value == null ? null : value.toString();
    }

    static String fileName(String message) {
        Objects.requireNonNull(message, "message must not be null");
        String name = message.strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
        if (name.isEmpty()) {
            throw new IllegalArgumentException("The message [" + message + "] has no letter or digit; say what the migration does,"
                    + " such as \"add slug\"");
        }
        return name.length() > 60 ? name.substring(0, 60) : name;
    }
}
