// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.hibernatepack.monitoring.data.Library;
import dev.hibernatepack.monitoring.data.Library_;
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

    @Test
    void throwModeFailsAtTheThresholdInAStatelessSessionToo(SessionFactoryScope scope) {
        scope.inStatelessTransaction(session -> {
            for (int i = 0; i < 4; i++) {
                Author author = new Author("author " + i);
                session.insert(author);
                session.insert(author.addBook("book " + i));
            }
        });
        int[] fetched = new int[1];

        assertThatThrownBy(() -> scope.inStatelessTransaction(session -> {
            Library library = new Library_(session);
            for (Book book : library.books()) {
                session.fetch(book.getAuthor());
                fetched[0]++;
            }
        })).isInstanceOf(NPlusOneException.class)
                .hasMessageContaining("N+1: 3 selects loading Author one at a time (to_one)")
                .hasMessageContaining(NPlusOneThrowModeIT.class.getName() + ".throwModeFailsAtTheThresholdInAStatelessSessionToo");
        assertThat(fetched[0]).isEqualTo(2);
        List<Author> authors = scope.fromStatelessTransaction(session -> new Library_(session).authors());
        assertThat(authors).hasSize(4);
    }
}
