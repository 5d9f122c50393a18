// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.hibernatepack.monitoring.testmodel.Author;
import dev.hibernatepack.monitoring.testmodel.Book;
import dev.hibernatepack.monitoring.testmodel.Edition;
import dev.hibernatepack.monitoring.testmodel.Item;
import dev.hibernatepack.monitoring.testmodel.Publisher;
import dev.hibernatepack.monitoring.testmodel.Shelf;
import dev.hibernatepack.testing.HibernateTest;
import dev.hibernatepack.testing.SessionFactoryScope;

/**
 * Every true N+1 pattern is found, naming the association, the count, the call site and the fix;
 * the mappings and queries that fix it are never reported.
 */
@HibernateTest(entities = {Author.class, Book.class, Shelf.class, Item.class, Publisher.class, Edition.class})
class NPlusOneIT {

    private static final int OWNERS = 8;

    @BeforeEach
    void data(SessionFactoryScope scope) {
        scope.inTransaction(session -> {
            for (int i = 0; i < OWNERS; i++) {
                Author author = new Author("author " + i);
                author.addBook("book " + i);
                session.persist(author);
                Shelf shelf = new Shelf();
                shelf.add("item " + i);
                session.persist(shelf);
                Publisher publisher = new Publisher("publisher " + i);
                session.persist(publisher);
                session.persist(new Edition(publisher));
            }
        });
    }

    @Test
    void lazyCollectionInALoopIsFound(SessionFactoryScope scope) {
        QueryCounts.Counts counts = QueryCounts.record(() -> scope.inSession(session -> {
            for (Author author : session.createSelectionQuery("from Author", Author.class).getResultList()) {
                author.getBooks().size();
            }
        }));

        assertThat(counts.selects()).isEqualTo(1 + OWNERS);
        assertThat(counts.nPlusOne()).singleElement().satisfies(finding -> {
            assertThat(finding.cause()).isEqualTo("COLLECTION");
            assertThat(finding.association()).isEqualTo("Author.books");
            assertThat(finding.count()).isEqualTo(OWNERS);
            assertThat(finding.callSite()).startsWith(NPlusOneIT.class.getName() + ".lazyCollectionInALoopIsFound(NPlusOneIT.java:");
            assertThat(finding.fix()).contains("join fetch").contains("@BatchSize");
            assertThat(finding.shape()).contains("from Book").doesNotContain(" in (");
        });
    }

    @Test
    void lazyToOneInALoopIsFound(SessionFactoryScope scope) {
        QueryCounts.Counts counts = QueryCounts.record(() -> scope.inSession(session -> {
            for (Book book : session.createSelectionQuery("from Book", Book.class).getResultList()) {
                book.getAuthor().getName();
            }
        }));

        assertThat(counts.nPlusOne()).singleElement().satisfies(finding -> {
            assertThat(finding.cause()).isEqualTo("TO_ONE");
            assertThat(finding.association()).isEqualTo("Author");
            assertThat(finding.fix()).contains("join fetch");
        });
    }

    @Test
    void findInALoopIsFound(SessionFactoryScope scope) {
        List<Long> ids = scope.fromSession(session -> session.createSelectionQuery("select a.id from Author a", Long.class).getResultList());

        QueryCounts.Counts counts = QueryCounts.record(() -> scope.inSession(session -> ids.forEach(id -> session.find(Author.class, id))));

        assertThat(counts.nPlusOne()).singleElement().satisfies(finding -> {
            assertThat(finding.cause()).isEqualTo("FIND");
            assertThat(finding.association()).isEqualTo("Author");
            assertThat(finding.fix()).contains("findMultiple");
        });
    }

    @Test
    void joinFetchIsNotReported(SessionFactoryScope scope) {
        QueryCounts.Counts counts = QueryCounts.record(() -> scope.inSession(session -> {
            for (Author author : session.createSelectionQuery("from Author a join fetch a.books", Author.class).getResultList()) {
                author.getBooks().size();
            }
        }));

        assertThat(counts.selects()).isEqualTo(1);
        assertThat(counts.nPlusOne()).isEmpty();
    }

    @Test
    void batchFetchedCollectionIsNotReported(SessionFactoryScope scope) {
        QueryCounts.Counts counts = QueryCounts.record(() -> scope.inSession(session -> {
            for (Shelf shelf : session.createSelectionQuery("from Shelf", Shelf.class).getResultList()) {
                shelf.getBatched().size();
            }
        }));

        assertThat(counts.selects()).isEqualTo(2);
        assertThat(counts.nPlusOne()).isEmpty();
    }

    @Test
    void subselectFetchedCollectionIsNotReported(SessionFactoryScope scope) {
        QueryCounts.Counts counts = QueryCounts.record(() -> scope.inSession(session -> {
            for (Shelf shelf : session.createSelectionQuery("from Shelf", Shelf.class).getResultList()) {
                shelf.getSubselected().size();
            }
        }));

        assertThat(counts.selects()).isEqualTo(2);
        assertThat(counts.nPlusOne()).isEmpty();
    }

    @Test
    void batchFetchedToOneIsNotReported(SessionFactoryScope scope) {
        QueryCounts.Counts counts = QueryCounts.record(() -> scope.inSession(session -> {
            for (Edition edition : session.createSelectionQuery("from Edition", Edition.class).getResultList()) {
                edition.getPublisher().getName();
            }
        }));

        assertThat(counts.selects()).isEqualTo(2);
        assertThat(counts.nPlusOne()).isEmpty();
    }

    @Test
    void inListLoadsAreNotReported(SessionFactoryScope scope) {
        List<Long> ids = scope.fromSession(session -> session.createSelectionQuery("select a.id from Author a", Long.class).getResultList());

        QueryCounts.Counts counts = QueryCounts.record(() -> scope.inSession(session -> {
            for (int i = 0; i < OWNERS; i++) {
                session.findMultiple(Author.class, ids.subList(i, Math.min(i + 2, ids.size())));
                session.clear();
            }
        }));

        assertThat(counts.selects()).isEqualTo(OWNERS);
        assertThat(counts.nPlusOne()).isEmpty();
    }

    @Test
    void aLoopOfDifferentQueriesIsNotReported(SessionFactoryScope scope) {
        QueryCounts.Counts counts = QueryCounts.record(() -> scope.inSession(session -> {
            for (int i = 0; i < OWNERS; i++) {
                session.createSelectionQuery("from Author a where a.name = :name", Author.class).setParameter("name", "author " + i)
                        .getResultList();
                session.createSelectionQuery("from Book b where b.title = :title", Book.class).setParameter("title", "book " + i)
                        .getResultList();
            }
        }));

        assertThat(counts.selects()).isEqualTo(2 * OWNERS);
        assertThat(counts.nPlusOne()).isEmpty();
    }

    @Test
    void assertNoNPlusOneFailsWithTheReport(SessionFactoryScope scope) {
        assertThatThrownBy(() -> QueryCounts.assertNoNPlusOne(() -> scope.inSession(session -> {
            for (Author author : session.createSelectionQuery("from Author", Author.class).getResultList()) {
                author.getBooks().size();
            }
        }))).isInstanceOf(AssertionError.class)
                .hasMessageContaining("N+1: " + OWNERS + " selects loading Author.books one at a time")
                .hasMessageContaining(NPlusOneIT.class.getName());
    }

    @Test
    void logModeRecordsTheFindingWithTheFinalCountWhenTheUnitOfWorkEnds(SessionFactoryScope scope) {
        QueryMonitor monitor = QueryMonitor.of(scope.sessionFactory()).orElseThrow();
        monitor.reset();

        scope.inTransaction(session -> {
            for (Author author : session.createSelectionQuery("from Author", Author.class).getResultList()) {
                author.getBooks().size();
            }
        });

        assertThat(monitor.snapshot().nPlusOneFindings()).singleElement().satisfies(finding -> {
            assertThat(finding.association()).isEqualTo("Author.books");
            assertThat(finding.count()).isEqualTo(OWNERS);
        });
    }
}
