// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.mixins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import jakarta.validation.ConstraintViolationException;

import org.junit.jupiter.api.Test;

import dev.hibernatepack.mixins.testmodel.Author;
import dev.hibernatepack.testing.HibernateTest;
import dev.hibernatepack.testing.SessionFactoryScope;

/** hibernate-validator and expressly are on the test classpath, so Hibernate validates before writing. */
@HibernateTest(entities = Author.class)
class BeanValidationIT {

    @Test
    void invalidEntityIsRejectedBeforeAnyInsert(SessionFactoryScope scope) {
        assertThatThrownBy(() -> scope.inTransaction(session -> session.persist(new Author(" "))))
                .isInstanceOf(ConstraintViolationException.class)
                .hasMessageContaining("name");

        assertThat(scope.sql().inserts()).isEmpty();
        assertThat(scope.<Long>fromSession(s -> s.createSelectionQuery("select count(*) from Author", Long.class)
                .getSingleResult())).isZero();
    }

    @Test
    void updateFromMapStillValidatesAtFlushAndRollsBack(SessionFactoryScope scope) {
        Author author = new Author("Ada");
        scope.inTransaction(session -> session.persist(author));
        scope.sql().clear();

        assertThatThrownBy(() -> scope.inTransaction(session ->
                session.find(Author.class, author.getId()).updateFromMap(Map.of("name", "x".repeat(41)))))
                .isInstanceOf(ConstraintViolationException.class);

        assertThat(scope.sql().updates()).isEmpty();
        assertThat(scope.<String>fromSession(s -> s.find(Author.class, author.getId()).getName())).isEqualTo("Ada");
    }
}
