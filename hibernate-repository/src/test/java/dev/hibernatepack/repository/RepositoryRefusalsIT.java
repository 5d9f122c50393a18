// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.repository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.IntStream;

import jakarta.data.Order;
import jakarta.data.Sort;
import jakarta.data.page.Page;
import jakarta.data.page.PageRequest;

import org.hibernate.cfg.AvailableSettings;
import org.hibernate.query.range.Range;
import org.hibernate.query.restriction.Restriction;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.hibernatepack.repository.testmodel.Article;
import dev.hibernatepack.repository.testmodel.Author;
import dev.hibernatepack.repository.testmodel.Remark;
import dev.hibernatepack.testing.TestDatabase;

/** What the repository refuses and how it says so: stale writes, pages out of reach, blank attribute names. */
class RepositoryRefusalsIT {

    private static Database db;
    private static BaseRepository<Author, Long> authors;
    private static BaseRepository<Article, Long> articles;

    @BeforeAll
    static void open() {
        TestDatabase.current().assumeAvailable();
        db = Database.create(DatabaseIT.settings("repository-refusals-it").load(),
                Map.of(AvailableSettings.HBM2DDL_AUTO, "create-drop"), Author.class, Article.class, Remark.class);
        authors = new BaseRepository<>(db, Author.class);
        articles = new BaseRepository<>(db, Article.class);
    }

    @AfterAll
    static void close() {
        if (db != null) {
            db.close();
        }
    }

    @BeforeEach
    void empty() {
        db.inTransaction(session -> {
            session.createNativeMutationQuery("delete from repo_remark").executeUpdate();
            session.createNativeMutationQuery("delete from repo_article").executeUpdate();
            session.createNativeMutationQuery("delete from repo_author").executeUpdate();
        });
    }

    private static Article anArticle() {
        Author ada = authors.insert(new Author("ada"));
        return articles.insert(new Article("first", 1, ada));
    }

    // ---- stale writes name the entity, the id and the versions

    @Test
    void aStaleUpdateNamesTheEntityTheIdAndBothVersions() {
        Article stale = articles.getById(anArticle().getId());
        Article fresh = articles.getById(stale.getId());
        fresh.setTitle("edited");
        articles.update(fresh);

        stale.setTitle("lost update");
        assertThatThrownBy(() -> articles.update(stale)).isInstanceOfSatisfying(ConcurrentUpdateException.class, e -> {
            assertThat(e.entityName()).contains("Article");
            assertThat(e.id()).contains(stale.getId());
            assertThat(e.getMessage()).contains("Article with id " + stale.getId()).contains("version 0, now 1");
            assertThat(e.operation()).contains("Article.update");
        });
        assertThat(articles.getById(stale.getId()).getTitle()).isEqualTo("edited");
    }

    @Test
    void aStaleSaveNamesTheEntityTheIdAndBothVersions() {
        Article stale = articles.getById(anArticle().getId());
        Article fresh = articles.getById(stale.getId());
        fresh.setTitle("edited");
        articles.save(fresh);

        stale.setTitle("lost update");
        assertThatThrownBy(() -> articles.save(stale)).isInstanceOfSatisfying(ConcurrentUpdateException.class, e -> {
            assertThat(e.entityName()).contains("Article");
            assertThat(e.id()).contains(stale.getId());
            assertThat(e.getMessage()).contains("Article with id " + stale.getId()).contains("version 0, now 1");
            assertThat(e.operation()).contains("Article.save");
        });
        assertThat(articles.getById(stale.getId()).getTitle()).isEqualTo("edited");
    }

    @Test
    void aRowChangedByAnotherTransactionBeforeTheFlushIsNamedToo() {
        Long id = anArticle().getId();

        assertThatThrownBy(() -> db.inTransaction(session -> {
            Article mine = session.find(Article.class, id);
            db.inTransaction(other -> other.find(Article.class, id).setTitle("theirs")); // commits first
            mine.setTitle("mine");
        })).isInstanceOfSatisfying(ConcurrentUpdateException.class, e -> {
            assertThat(e.entityName()).contains("Article");
            assertThat(e.id()).contains(id);
            assertThat(e.getMessage()).contains("Article with id " + id);
        });
        assertThat(articles.getById(id).getTitle()).isEqualTo("theirs");
    }

    // ---- pages: a huge size means "everything"; an offset past what a query can skip is refused

    @Test
    void aPageOfTheLargestSizeReadsEveryRow() {
        Author ada = authors.insert(new Author("ada"));
        articles.insertAll(IntStream.range(0, 3).mapToObj(i -> new Article("A" + i, i, ada)).toList());

        Page<Article> all = articles.findAll(PageRequest.ofPage(1).size(Integer.MAX_VALUE), Order.by(Sort.asc("title")));
        assertThat(all.content()).extracting(Article::getTitle).containsExactly("A0", "A1", "A2");
        assertThat(all.hasNext()).isFalse();
        assertThat(all.totalElements()).isEqualTo(3);

        Page<Article> fetched = articles.fetch("remarks").findAll(Restriction.unrestricted(),
                PageRequest.ofPage(1).size(Integer.MAX_VALUE), Order.by(Sort.asc("title")));
        assertThat(fetched.content()).hasSize(3);
        assertThat(fetched.hasNext()).isFalse();

        Page<Article> second = articles.findAll(PageRequest.ofPage(2).size(Integer.MAX_VALUE), Order.by());
        assertThat(second.content()).as("starts at the last row a query can skip to").isEmpty();
        assertThat(second.hasNext()).isFalse();
    }

    @Test
    void aHugeSizeStillSaysWhetherMoreRowsFollow() {
        Author ada = authors.insert(new Author("ada"));
        articles.insertAll(IntStream.range(0, 3).mapToObj(i -> new Article("A" + i, i, ada)).toList());

        Page<Article> first = articles.findAll(PageRequest.ofPage(1).size(2), Order.by(Sort.asc("title")));
        assertThat(first.content()).hasSize(2);
        assertThat(first.hasNext()).isTrue();
        Page<Article> large = articles.findAll(PageRequest.ofPage(1).size(Integer.MAX_VALUE - 1), Order.by(Sort.asc("title")));
        assertThat(large.content()).hasSize(3);
        assertThat(large.hasNext()).isFalse();
    }

    @Test
    void aPageStartingBeyondTheRowsAQueryCanSkipIsRefusedNamingPageSizeAndLimit() {
        anArticle();

        assertThatThrownBy(() -> articles.findAll(PageRequest.ofPage(4).size(1_000_000_000), Order.by()))
                .isInstanceOfSatisfying(PageOutOfRangeException.class, e -> {
                    assertThat(e.page()).isEqualTo(4);
                    assertThat(e.size()).isEqualTo(1_000_000_000);
                    assertThat(e.getMessage()).contains("page 4", "size 1000000000", "3000000000", "2147483647");
                })
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> articles.fetch("remarks").findAll(Restriction.unrestricted(),
                PageRequest.ofPage(3).size(Integer.MAX_VALUE), Order.by())).isInstanceOf(PageOutOfRangeException.class);
        assertThatThrownBy(() -> articles.findAll(PageRequest.ofPage(Long.MAX_VALUE).size(10), Order.by()))
                .isInstanceOf(PageOutOfRangeException.class).hasMessageContaining("page " + Long.MAX_VALUE);
    }

    @Test
    void thePageThatStartsAtTheLastRowAQueryCanSkipToIsRead() {
        anArticle();
        // 2 * 1_073_741_823 = 2_147_483_646 rows skipped: within reach; one row further is not.
        assertThat(articles.findAll(PageRequest.ofPage(3).size(1_073_741_823), Order.by()).content()).isEmpty();
        assertThat(articles.findAll(PageRequest.ofPage(2).size(Integer.MAX_VALUE), Order.by()).content()).isEmpty();
        assertThatThrownBy(() -> articles.findAll(PageRequest.ofPage(3).size(1_073_741_824), Order.by()))
                .isInstanceOf(PageOutOfRangeException.class).hasMessageContaining("2147483648");
    }

    // ---- blank attribute names list what is allowed, as every other refusal does

    @Test
    void blankNamesToSortFilterGroupAggregateOrAssignListTheAllowedNames() {
        anArticle();
        for (String blank : new String[] {"", "  "}) {
            refusedListingAllowed(() -> articles.findAll(Restriction.unrestricted(), Order.by(Sort.asc(blank))), blank, "sort by");
            refusedListingAllowed(() -> articles.findAll(PageRequest.ofPage(1), Order.by(Sort.desc(blank))), blank, "sort by");
            refusedListingAllowed(() -> articles.count(articles.where(blank, Range.singleValue("x"))), blank, "filter by");
            refusedListingAllowed(() -> articles.aggregate(Grouped.class, blank, Aggregate.count()), blank, "group by");
            refusedListingAllowed(() -> articles.aggregate(Grouped.class, "title", Aggregate.max(blank)), blank, "aggregate");
            refusedListingAllowed(() -> articles.updateWhere(Restriction.unrestricted(), Map.of(blank, "x")), blank, "assign");
        }
        Map<String, Object> nullName = new HashMap<>();
        nullName.put(null, "x");
        refusedListingAllowed(() -> articles.updateWhere(Restriction.unrestricted(), nullName), null, "assign");
    }

    @Test
    void blankNamesToFetchListTheAssociations() {
        anArticle();
        for (String blank : new String[] {"", "  "}) {
            assertThatThrownBy(() -> articles.fetch(blank).findAll(Restriction.unrestricted(), Order.by()))
                    .isInstanceOfSatisfying(InvalidAttributeException.class, e -> {
                        assertThat(e.allowed()).containsExactly("author", "remarks");
                        assertThat(e.getMessage()).contains("fetch").endsWith("; allowed: author, remarks");
                    });
        }
    }

    private static void refusedListingAllowed(Runnable call, String name, String verb) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(InvalidAttributeException.class, (Consumer<InvalidAttributeException>) e -> {
            assertThat(e.attribute()).isEqualTo(String.valueOf(name));
            assertThat(e.allowed()).contains("title", "views");
            assertThat(e.getMessage()).contains(verb).contains("; allowed: ").contains(String.join(", ", e.allowed()))
                    .doesNotContain("passwordHash");
        });
    }

    record Grouped(String key, Object value) {
    }
}
