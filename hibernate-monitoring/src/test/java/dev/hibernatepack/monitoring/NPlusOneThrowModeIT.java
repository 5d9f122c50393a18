// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import dev.hibernatepack.monitoring.testmodel.Author;
import dev.hibernatepack.monitoring.testmodel.Book;
import dev.hibernatepack.testing.HibernateTest;
import dev.hibernatepack.testing.SessionFactoryScope;
import dev.hibernatepack.testing.Setting;

@HibernateTest(entities = {Author.class, Book.class}, settings = {
        @Setting(name = MonitoringSettings.N_PLUS_ONE, value = "throw"),
        @Setting(name = MonitoringSettings.N_PLUS_ONE_THRESHOLD, value = "3")})
class NPlusOneThrowModeIT {

    @Test
    void throwModeFailsAtTheThresholdWhereThePatternIs(SessionFactoryScope scope) {
        scope.inTransaction(session -> {
            for (int i = 0; i < 4; i++) {
                Author author = new Author("author " + i);
                author.addBook("book " + i);
                session.persist(author);
            }
        });
        int[] loaded = new int[1];

        assertThatThrownBy(() -> scope.inSession(session -> {
            for (Author author : session.createSelectionQuery("from Author", Author.class).getResultList()) {
                author.getBooks().size();
                loaded[0]++;
            }
        })).isInstanceOf(NPlusOneException.class)
                .hasMessageContaining("N+1: 3 selects loading Author.books one at a time")
                .hasMessageContaining(NPlusOneThrowModeIT.class.getName());
        assertThat(loaded[0]).isEqualTo(2);
    }
}
