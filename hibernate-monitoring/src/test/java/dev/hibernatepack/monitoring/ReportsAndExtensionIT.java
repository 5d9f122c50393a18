// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.hibernatepack.monitoring.junit.ExpectQueries;
import dev.hibernatepack.monitoring.testmodel.Author;
import dev.hibernatepack.monitoring.testmodel.Book;
import dev.hibernatepack.testing.HibernateTest;
import dev.hibernatepack.testing.SessionFactoryScope;

@HibernateTest(entities = {Author.class, Book.class})
class ReportsAndExtensionIT {

    private SessionFactoryScope scope;

    @BeforeEach
    void data(SessionFactoryScope scope) {
        this.scope = scope;
        scope.inTransaction(session -> {
            for (int i = 0; i < 6; i++) {
                Author author = new Author("author <" + i + ">");
                author.addBook("book \"" + i + "\"");
                session.persist(author);
            }
        });
        QueryMonitor.of(scope.sessionFactory()).orElseThrow().reset();
    }

    private void nPlusOne() {
        scope.inTransaction(session -> {
            for (Author author : session.createSelectionQuery("from Author where name <> 'x'", Author.class).getResultList()) {
                author.getBooks().size();
            }
        });
    }

    @Test
    @ExpectQueries(select = 1)
    void theExtensionCountsOnlyTheTestBody() {
        // The six inserts of @BeforeEach are not counted.
        scope.inSession(session -> session.createSelectionQuery("from Author", Author.class).getResultList());
    }

    @Test
    void theJsonSnapshotHoldsCountsShapesAndFindings() {
        nPlusOne();

        String json = QueryMonitor.of(scope.sessionFactory()).orElseThrow().snapshot().toJson();

        assertThat(json).startsWith("{\"count\":7,").contains("\"SELECT\":7")
                .contains("\"association\":\"Author.books\"")
                .contains("\"count\":6,\"callSite\":\"" + ReportsAndExtensionIT.class.getName())
                .contains("name<>?");
    }

    @Test
    void theHtmlReportShowsFindingsAndTopShapesEscaped() {
        nPlusOne();

        String html = QueryMonitor.of(scope.sessionFactory()).orElseThrow().snapshot().toHtml();

        assertThat(html).startsWith("<!DOCTYPE html>").contains("<h2>N+1 findings</h2>").contains("Author.books")
                .contains("<h2>Top statements by total time</h2>").contains("name&lt;&gt;?")
                .doesNotContain("name<>?").endsWith("</html>\n");
    }
}
