// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.repository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.UnproxyableResolutionException;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.environment.se.WeldContainer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.hibernatepack.repository.cdi.DatabaseExtension;
import dev.hibernatepack.repository.cdiapp.NoteRepository;
import dev.hibernatepack.repository.cdiapp.SingletonNoteRepository;
import dev.hibernatepack.repository.support.BeanArchive;
import dev.hibernatepack.repository.testmodel.Note;
import dev.hibernatepack.testing.TestDatabase;

/**
 * A CDI application (Weld SE) gets its Database and repositories from its {@code persistence.xml}
 * and the name of the unit, with Weld as strict as a Jakarta EE server: no relaxed construction.
 */
class CdiIT {

    /** Weld SE's own default is {@code true}, which lets unproxyable beans pass; a Jakarta EE server's is {@code false}. */
    static final String RELAXED_CONSTRUCTION = "org.jboss.weld.construction.relaxed";

    private static final String[] PROPERTIES = {DatabaseExtension.PERSISTENCE_UNIT, DatabaseSettings.URL,
        DatabaseSettings.USERNAME, DatabaseSettings.PASSWORD};

    @BeforeEach
    void noDatabaseInTheEnvironment() {
        org.junit.jupiter.api.Assumptions.assumeTrue(System.getenv("DATABASE_URL") == null,
                "DATABASE_URL is set in the environment: it would win over the persistence units of these tests");
    }

    @AfterEach
    void clear() {
        for (String property : PROPERTIES) {
            System.clearProperty(property);
        }
    }

    /** The application's {@code persistence.xml}: one unit with its own connection properties. */
    static String persistenceXml(String unit, Map<String, Object> connection) {
        return """
                <persistence xmlns="https://jakarta.ee/xml/ns/persistence" version="3.2">
                  <persistence-unit name="%s" transaction-type="RESOURCE_LOCAL">
                    <class>%s</class>
                    <exclude-unlisted-classes>true</exclude-unlisted-classes>
                    <properties>
                      <property name="jakarta.persistence.jdbc.url" value="%s"/>
                      <property name="jakarta.persistence.jdbc.user" value="%s"/>
                      <property name="jakarta.persistence.jdbc.password" value="%s"/>
                      <property name="hibernate.hbm2ddl.auto" value="create-drop"/>
                    </properties>
                  </persistence-unit>
                </persistence>
                """.formatted(unit, Note.class.getName(), xml(connection.get("jakarta.persistence.jdbc.url")),
                xml(connection.get("jakarta.persistence.jdbc.user")), xml(connection.get("jakarta.persistence.jdbc.password")));
    }

    private static String xml(Object value) {
        return value.toString().replace("&", "&amp;").replace("<", "&lt;").replace("\"", "&quot;");
    }

    @Test
    void anApplicationScopedRepositoryOfAnAnnotatedBeanArchiveRunsOnTheDatabaseOfItsPersistenceUnit(@TempDir Path dir)
            throws IOException {
        Map<String, Object> connection = TestDatabase.current().connectionSettings("cdi-it-unit");
        System.setProperty(DatabaseExtension.PERSISTENCE_UNIT, "app");

        Database[] database = new Database[1];
        try (BeanArchive app = BeanArchive.create(dir, BeanArchive.ANNOTATED, persistenceXml("app", connection), NoteRepository.class)) {
          app.run(() -> {
            try (WeldContainer container = new Weld("cdi-it-app").property(RELAXED_CONSTRUCTION, false).initialize()) {
                NoteRepository notes = container.select(NoteRepository.class).get();
                assertThat(notes.getClass()).as("a client proxy").isNotEqualTo(NoteRepository.class);
                assertThat(container.select(SingletonNoteRepository.class).isUnsatisfied())
                        .as("@Singleton is not bean-defining: not discovered").isTrue();

                notes.insert(new Note("from the unit's own database"));
                assertThat(notes.count()).isEqualTo(1);
                assertThat(rowsSeenDirectly(connection)).as("the pool connected to the unit's database").isEqualTo(1);
                database[0] = container.select(Database.class).get();
                assertThat(database[0].poolStatistics().active()).isZero();
            }
          });
        }
        assertThat(database[0].isClosed()).as("closed with the container").isTrue();
    }

    private static long rowsSeenDirectly(Map<String, Object> connection) {
        try (Connection direct = DriverManager.getConnection(connection.get("jakarta.persistence.jdbc.url").toString(),
                connection.get("jakarta.persistence.jdbc.user").toString(), connection.get("jakarta.persistence.jdbc.password").toString());
                ResultSet rows = direct.createStatement().executeQuery("select count(*) from Note")) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void aUrlSettingWinsOverThePersistenceUnitsOwn() {
        // The unit "notes" of the test persistence.xml points to jdbc:unused:nowhere.
        Map<String, Object> connection = TestDatabase.current().connectionSettings("cdi-it");
        System.setProperty(DatabaseExtension.PERSISTENCE_UNIT, "notes");
        System.setProperty(DatabaseSettings.URL, connection.get("jakarta.persistence.jdbc.url").toString());
        System.setProperty(DatabaseSettings.USERNAME, connection.get("jakarta.persistence.jdbc.user").toString());
        System.setProperty(DatabaseSettings.PASSWORD, connection.get("jakarta.persistence.jdbc.password").toString());

        Database database;
        try (WeldContainer container = new Weld("cdi-it").property(RELAXED_CONSTRUCTION, false)
                .addBeanClasses(NoteRepository.class).initialize()) {
            NoteRepository notes = container.select(NoteRepository.class).get();
            database = container.select(Database.class).get();

            notes.insert(new Note("from CDI"));
            assertThat(notes.count()).isEqualTo(1);
            assertThat(database.poolStatistics().active()).isZero();
            assertThat(container.select(Database.class).get()).as("one per container").isSameAs(database);
        }
        assertThat(database.isClosed()).as("closed with the container").isTrue();
    }

    @Test
    void aPersistenceUnitWithoutAUrlIsATypedErrorSayingWhereTheUrlGoes() {
        System.setProperty(DatabaseExtension.PERSISTENCE_UNIT, "unit-without-url");

        try (WeldContainer container = new Weld("cdi-it-no-url").property(RELAXED_CONSTRUCTION, false)
                .addBeanClasses(NoteRepository.class).initialize()) {
            NoteRepository notes = container.select(NoteRepository.class).get();

            assertThatThrownBy(notes::count).isInstanceOfSatisfying(InvalidDatabaseSettingsException.class,
                    e -> assertThat(e.problems()).singleElement().satisfies(problem -> assertThat(problem)
                            .startsWith("The [hibernatepack.database.url] setting is required")
                            .contains("the property jakarta.persistence.jdbc.url (or hibernate.connection.url) of the persistence unit"
                                    + " [unit-without-url]")));
        }
    }

    /** A normal-scoped repository without a constructor for its proxy. */
    @ApplicationScoped
    static class UnproxyableNoteRepository extends BaseRepository<Note, Long> {

        @Inject
        UnproxyableNoteRepository(SessionSource source) {
            super(source, Note.class);
        }
    }

    @Test
    void aNormalScopedRepositoryNeedsAConstructorWithoutParametersForItsProxy() {
        System.setProperty(DatabaseExtension.PERSISTENCE_UNIT, "notes");

        try (WeldContainer container = new Weld("cdi-it-unproxyable").property(RELAXED_CONSTRUCTION, false)
                .addBeanClasses(UnproxyableNoteRepository.class).initialize()) {
            assertThatThrownBy(() -> container.select(UnproxyableNoteRepository.class).get())
                    .isInstanceOf(UnproxyableResolutionException.class).hasMessageContaining("WELD-001435")
                    .hasMessageContaining("no no-args constructor");
        }
    }

    /** A bean that needs no database. */
    @Singleton
    static class Unrelated {
    }

    @Test
    void aBlankPersistenceUnitIsRefusedNotTakenForUnset() {
        System.setProperty(DatabaseExtension.PERSISTENCE_UNIT, " ");

        assertThatThrownBy(() -> new Weld("cdi-it-blank").addBeanClasses(Unrelated.class).initialize()
                .close()).hasStackTraceContaining("The value [ ] of the [" + DatabaseExtension.PERSISTENCE_UNIT
                        + "] setting is not supported; allowed: the name of a persistence unit in META-INF/persistence.xml"
                        + " (a blank value is not a setting: remove it to use the default)");
    }

    @Test
    void withoutAPersistenceUnitTheExtensionAddsNoBean() {
        try (WeldContainer container = new Weld("cdi-it-none").addBeanClasses(Unrelated.class).initialize()) {
            assertThat(container.select(Unrelated.class).isResolvable()).isTrue();
            assertThat(container.select(Database.class).isUnsatisfied()).isTrue();
        }
    }
}
