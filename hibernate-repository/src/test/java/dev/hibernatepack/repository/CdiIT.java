// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.repository;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.environment.se.WeldContainer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.hibernatepack.repository.cdi.DatabaseExtension;
import dev.hibernatepack.repository.testmodel.Note;
import dev.hibernatepack.testing.TestDatabase;

/** A CDI application (Weld SE) gets its Database and repositories from configuration alone. */
class CdiIT {

    /** A repository as a CDI application writes one. */
    @Singleton
    static class NoteRepository extends BaseRepository<Note, Long> {

        @Inject
        NoteRepository(SessionSource source) {
            super(source, Note.class);
        }
    }

    private static final String[] PROPERTIES = {DatabaseExtension.PERSISTENCE_UNIT, DatabaseSettings.URL,
        DatabaseSettings.USERNAME, DatabaseSettings.PASSWORD};

    @AfterEach
    void clear() {
        for (String property : PROPERTIES) {
            System.clearProperty(property);
        }
    }

    @Test
    void injectsTheDatabaseAndRepositoriesAndClosesThemWithTheContainer() {
        Map<String, Object> connection = TestDatabase.current().connectionSettings("cdi-it");
        System.setProperty(DatabaseExtension.PERSISTENCE_UNIT, "notes");
        System.setProperty(DatabaseSettings.URL, connection.get("jakarta.persistence.jdbc.url").toString());
        System.setProperty(DatabaseSettings.USERNAME, connection.get("jakarta.persistence.jdbc.user").toString());
        System.setProperty(DatabaseSettings.PASSWORD, connection.get("jakarta.persistence.jdbc.password").toString());

        Database database;
        try (WeldContainer container = new Weld("cdi-it").addBeanClasses(NoteRepository.class).initialize()) {
            NoteRepository notes = container.select(NoteRepository.class).get();
            database = container.select(Database.class).get();

            notes.insert(new Note("from CDI"));
            assertThat(notes.count()).isEqualTo(1);
            assertThat(database.poolStatistics().active()).isZero();
            assertThat(container.select(Database.class).get()).as("one per container").isSameAs(database);
        }
        assertThat(database.isClosed()).as("closed with the container").isTrue();
    }

    /** A bean that needs no database. */
    @Singleton
    static class Unrelated {
    }

    @Test
    void aBlankPersistenceUnitIsRefusedNotTakenForUnset() {
        System.setProperty(DatabaseExtension.PERSISTENCE_UNIT, " ");

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Weld("cdi-it-blank").addBeanClasses(Unrelated.class).initialize()
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
