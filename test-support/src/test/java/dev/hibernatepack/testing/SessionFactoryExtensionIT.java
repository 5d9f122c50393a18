// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/** The harness every module relies on: one factory per class, clean tables per test, SQL recorded. */
@HibernateTest(entities = Note.class, settings = @Setting(name = "hibernate.jdbc.batch_size", value = "7"))
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SessionFactoryExtensionIT {

    private static SessionFactoryScope first;

    @Test
    @Order(1)
    void insertsAndRecordsTheSql(SessionFactoryScope scope) {
        first = scope;
        scope.inTransaction(session -> session.persist(new Note(1L, "one")));

        assertThat(scope.sql().inserts()).singleElement().asString().startsWith("insert into Note");
        assertThat(scope.sessionFactory().getSessionFactoryOptions().getJdbcBatchSize()).isEqualTo(7);
        assertThat(scope.database()).isEqualTo(TestDatabase.current());
    }

    @Test
    @Order(2)
    void reusesTheFactoryAndStartsWithEmptyTablesAndAnEmptySqlLog(SessionFactoryScope scope) {
        assertThat(scope).isSameAs(first);
        assertThat(scope.sql().statements()).isEmpty();
        assertThat(scope.<Note>fromSession(session -> session.find(Note.class, 1L))).isNull();
    }

    @Test
    @Order(3)
    void rollsBackWhenTheWorkThrows(SessionFactoryScope scope) {
        assertThatThrownBy(() -> scope.inTransaction(session -> {
            session.persist(new Note(2L, "two"));
            session.flush();
            throw new IllegalStateException("boom");
        })).hasMessage("boom");

        assertThat(scope.<Note>fromSession(session -> session.find(Note.class, 2L))).isNull();
    }

    @Test
    @Order(4)
    void statelessHelpersCommit(SessionFactoryScope scope) {
        scope.inStatelessTransaction(session -> session.insert(new Note(3L, "three")));
        String text = scope.fromStatelessTransaction(session -> session.get(Note.class, 3L).getText());
        assertThat(text).isEqualTo("three");
    }
}
