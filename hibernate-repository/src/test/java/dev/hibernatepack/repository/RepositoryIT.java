// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.repository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.IntStream;

import jakarta.data.Order;
import jakarta.data.Sort;
import jakarta.data.page.Page;
import jakarta.data.page.PageRequest;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;

import org.hibernate.LazyInitializationException;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.query.range.Range;
import org.hibernate.query.restriction.Restriction;
import org.hibernate.query.specification.SelectionSpecification;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.hibernatepack.mixins.SoftDeletes;
import dev.hibernatepack.monitoring.QueryCounts;
import dev.hibernatepack.repository.testmodel.Article;
import dev.hibernatepack.repository.testmodel.Author;
import dev.hibernatepack.repository.testmodel.Remark;
import dev.hibernatepack.testing.LogCapture;
import dev.hibernatepack.testing.TestDatabase;

/** BaseRepository's verbs, queries, bulk operations and errors, on H2 or PostgreSQL. */
class RepositoryIT {

    private static Database db;
    private static BaseRepository<Author, Long> authors;
    private static BaseRepository<Article, Long> articles;
    private static BaseRepository<Remark, Long> remarks;

    @BeforeAll
    static void open() {
        TestDatabase.current().assumeAvailable();
        db = Database.create(DatabaseIT.settings("repository-it").load(), Map.of(AvailableSettings.HBM2DDL_AUTO, "create-drop"),
                Author.class, Article.class, Remark.class);
        authors = new BaseRepository<>(db, Author.class);
        articles = new BaseRepository<>(db, Article.class);
        remarks = new BaseRepository<>(db, Remark.class);
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

    /** Ada with articles "A00".."A{n-1}", views 0, 10, 20, ... */
    private static Author adaWithArticles(int n) {
        Author ada = authors.insert(new Author("ada"));
        articles.insertAll(IntStream.range(0, n).mapToObj(i -> new Article("A%02d".formatted(i), i * 10, ada)).toList());
        return ada;
    }

    @Test
    void insertsFindsAndCounts() {
        Author ada = authors.insert(new Author("ada"));

        assertThat(ada.getId()).isNotNull();
        assertThat(authors.findById(ada.getId())).get().extracting(Author::getName).isEqualTo("ada");
        assertThat(authors.getById(ada.getId()).getCreatedAt()).isNotNull();
        assertThat(authors.existsById(ada.getId())).isTrue();
        assertThat(authors.existsById(-1L)).isFalse();
        assertThat(authors.findById(-1L)).isEmpty();
        assertThat(authors.count()).isEqualTo(1);
        assertThat(authors.exists(authors.where("name", Range.singleValue("ada")))).isTrue();
    }

    @Test
    void getByIdOfAMissingRowIsATypedNotFound() {
        assertThatThrownBy(() -> authors.getById(42L))
                .isInstanceOfSatisfying(RecordNotFoundException.class, e -> {
                    assertThat(e.entityName()).isEqualTo("Author");
                    assertThat(e.id()).isEqualTo(42L);
                    assertThat(e.operation()).contains("Author.getById(id=42)");
                })
                .isInstanceOf(DatabaseException.class);
    }

    @Test
    void aFailedInsertIsRolledBackLoggedOnceWithItsOperationAndLeavesTheEntityAsItWas() {
        authors.insert(new Author("ada"));
        Author twin = new Author("ada");
        try (LogCapture log = LogCapture.of("dev.hibernatepack.repository")) {
            assertThatThrownBy(() -> authors.insert(twin))
                    .isInstanceOfSatisfying(DuplicateKeyException.class, e -> {
                        assertThat(e.constraintName()).contains("ux_repo_author_name");
                        assertThat(e.columns()).containsExactly("name");
                        assertThat(e.operation()).contains("Author.insert");
                    });
            assertThat(log.records()).hasSize(1);
            assertThat(log.records().get(0).getLevel()).isEqualTo(Level.WARNING);
            assertThat(log.messages().get(0).toLowerCase(java.util.Locale.ROOT))
                    .contains("duplicatekeyexception", "author.insert", "ux_repo_author_name");
        }
        assertThat(twin.getId()).as("the id the failed insert assigned is taken back").isNull();
        assertThat(authors.count()).isEqualTo(1);
        authors.insert(new Author("grace"));
        assertThat(authors.count()).isEqualTo(2);
    }

    @Test
    void repositoryCallsJoinTheRunningTransactionAndRollBackWithIt() {
        try (LogCapture log = LogCapture.of("dev.hibernatepack.repository")) {
            assertThatThrownBy(() -> db.inTransaction(session -> {
                authors.insert(new Author("ada"));
                assertThat(authors.count()).as("the insert is visible inside the transaction").isEqualTo(1);
                authors.insert(new Author("ada"));
            })).isInstanceOf(DuplicateKeyException.class);
            assertThat(log.records()).as("logged once, by the transaction, after its rollback").hasSize(1);
        }
        assertThat(authors.count()).isZero();
    }

    @Test
    void writesInsideAReadOnlyTransactionAreRefused() {
        assertThatThrownBy(() -> db.inReadOnlyTransaction(session -> authors.insert(new Author("ada"))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Author.insert").hasMessageContaining("read-only");
        assertThat(authors.count()).isZero();
    }

    @Test
    void pagesAreSortedDisjointAndCounted() {
        adaWithArticles(25);

        Page<Article> second = articles.findAll(PageRequest.ofPage(2).size(10), Order.by(Sort.desc("title")));
        assertThat(second.content()).extracting(Article::getTitle)
                .containsExactly("A14", "A13", "A12", "A11", "A10", "A09", "A08", "A07", "A06", "A05");
        assertThat(second.hasNext()).isTrue();
        assertThat(second.totalElements()).isEqualTo(25);
        assertThat(second.totalPages()).isEqualTo(3);

        Page<Article> last = articles.findAll(second.nextPageRequest(), Order.by(Sort.desc("title")));
        assertThat(last.content()).extracting(Article::getTitle).containsExactly("A04", "A03", "A02", "A01", "A00");
        assertThat(last.hasNext()).isFalse();
    }

    @Test
    void pagesOfRowsWithEqualSortKeysNeitherOverlapNorSkip() {
        Author ada = authors.insert(new Author("ada"));
        articles.insertAll(IntStream.range(0, 9).mapToObj(i -> new Article("same", 1, ada)).toList());

        List<Long> seen = new ArrayList<>();
        PageRequest request = PageRequest.ofPage(1).size(4).withoutTotal();
        for (int i = 0; i < 3; i++) {
            Page<Article> page = articles.findAll(request, Order.by(Sort.asc("title")));
            assertThat(page.hasTotals()).isFalse();
            page.content().forEach(a -> seen.add(a.getId()));
            request = PageRequest.ofPage(request.page() + 1, request.size(), false);
        }
        assertThat(seen).hasSize(9).doesNotHaveDuplicates();
    }

    @Test
    void hostileOrSensitiveNamesAreRefusedBeforeAnySql() {
        adaWithArticles(2);

        assertThatThrownBy(() -> articles.findAll(PageRequest.ofPage(1), Order.by(Sort.asc("title desc, (select 1)"))))
                .isInstanceOfSatisfying(InvalidAttributeException.class, e -> {
                    assertThat(e.attribute()).isEqualTo("title desc, (select 1)");
                    assertThat(e.allowed()).contains("title", "views", "author.*").doesNotContain("remarks");
                })
                .hasMessageContaining("Article has no attribute [title desc, (select 1)]");
        assertThatThrownBy(() -> articles.findAll(Restriction.unrestricted(), Order.by(Sort.asc("author.passwordHash"))))
                .isInstanceOf(InvalidAttributeException.class).hasMessageContaining("Author.passwordHash is @Sensitive");
        assertThatThrownBy(() -> authors.count(authors.where("passwordHash", Range.singleValue("secret-of-ada"))))
                .isInstanceOf(InvalidAttributeException.class).hasMessageContaining("@Sensitive")
                .hasMessageNotContaining("secret-of-ada");
        assertThatThrownBy(() -> articles.count(articles.where("views", Range.singleValue("ten"))))
                .isInstanceOf(InvalidAttributeException.class).hasMessageContaining("String").hasMessageContaining("Integer");
        assertThatThrownBy(() -> articles.findAll(Restriction.unrestricted(), Order.by(Sort.asc("remarks"))))
                .isInstanceOf(InvalidAttributeException.class).hasMessageContaining("not a basic value");
        assertThatThrownBy(() -> articles.fetch("title").findAll(Restriction.unrestricted(), Order.by()))
                .isInstanceOf(InvalidAttributeException.class).hasMessageContaining("not an association");
    }

    @Test
    void filtersCombineWithAndOrAndNot() {
        adaWithArticles(10);
        Author grace = authors.insert(new Author("grace"));
        articles.insert(new Article("B00", 500, grace));

        Restriction<Article> popular = articles.where("views", Range.greaterThanOrEqualTo(50));
        Restriction<Article> byAda = articles.where("author.name", Range.singleValue("ada"));
        Restriction<Article> startsWithA = articles.where("title", Range.prefix("A"));

        assertThat(articles.findAll(popular.and(byAda.negated()), Order.by())).extracting(Article::getTitle).containsExactly("B00");
        assertThat(articles.count(Restriction.any(articles.where("views", Range.lessThan(20)), byAda.negated()))).isEqualTo(3);
        assertThat(articles.count(Restriction.all(popular, startsWithA, articles.where("views", Range.closed(60, 80)).negated())))
                .isEqualTo(2);
    }

    @Test
    void aSubqueryGoesThroughAHibernateSpecification() {
        Author ada = adaWithArticles(3);
        authors.insert(new Author("grace"));

        SelectionSpecification<Author> withPopularArticle = SelectionSpecification.create(Author.class)
                .augment((builder, query, author) -> {
                    Subquery<Integer> popular = query.subquery(Integer.class);
                    Root<Article> article = popular.from(Article.class);
                    popular.select(builder.literal(1)).where(builder.equal(article.get("author"), author),
                            builder.ge(article.get("views"), 20));
                    query.where(builder.exists(popular));
                });
        assertThat(authors.findAll(withPopularArticle)).extracting(Author::getId).containsExactly(ada.getId());
    }

    @Test
    void fetchLoadsAssociationsInOneQueryWithoutNPlusOne() {
        Author ada = adaWithArticles(0);
        Author grace = authors.insert(new Author("grace"));
        db.inTransaction(session -> {
            for (Author author : List.of(ada, grace)) {
                for (int i = 0; i < 3; i++) {
                    Article article = new Article(author.getName() + i, i, session.getReference(Author.class, author.getId()));
                    article.remark("first");
                    article.remark("second");
                    session.persist(article);
                }
            }
        });

        List<Article> loaded = QueryCounts.assertSelects(1,
                () -> articles.fetch("author", "remarks").findAll(Restriction.unrestricted(), Order.by(Sort.asc("title"))));
        assertThat(loaded).hasSize(6);
        assertThat(loaded).extracting(a -> a.getAuthor().getName()).containsExactly("ada", "ada", "ada", "grace", "grace", "grace");
        assertThat(loaded).allSatisfy(a -> assertThat(a.getRemarks()).extracting(Remark::getText).containsExactlyInAnyOrder("first", "second"));

        // Without fetch, the same reads go one row at a time: the monitor sees the N+1.
        List<Article> lazy = articles.findAll(Restriction.unrestricted(), Order.by(Sort.asc("title")));
        assertThatThrownBy(() -> lazy.get(0).getAuthor().getName()).isInstanceOf(LazyInitializationException.class);
        var counts = QueryCounts.record(() -> db.inTransaction(session -> session
                .createSelectionQuery("from Article order by title", Article.class).getResultList()
                .forEach(a -> a.getRemarks().size())));
        assertThat(counts.selects()).isEqualTo(7);
        assertThat(counts.nPlusOne()).isNotEmpty();

        // A page that fetches a collection: ids first, then the rows with their collections, then the count.
        Page<Article> page = QueryCounts.assertSelects(3, () -> articles.fetch("author", "remarks")
                .findAll(Restriction.unrestricted(), PageRequest.ofPage(2).size(4), Order.by(Sort.asc("title"))));
        assertThat(page.content()).extracting(Article::getTitle).containsExactly("grace1", "grace2");
        assertThat(page.content()).allSatisfy(a -> assertThat(a.getRemarks()).hasSize(2));

        Article one = QueryCounts.assertSelects(1, () -> articles.fetch("author").getById(loaded.get(0).getId()));
        assertThat(one.getAuthor().getName()).isEqualTo("ada");
    }

    /** A group of {@link #aggregatesIntoRecords()}. */
    record AuthorStats(String author, long articles, long views, Double averageViews, int mostViews) {
    }

    /** A row of {@link #nativeSqlMapsOntoRecords()}. */
    record TitleLength(String title, int length) {
    }

    @Test
    void aggregatesIntoRecords() {
        adaWithArticles(4);
        Author grace = authors.insert(new Author("grace"));
        articles.insert(new Article("B", 7, grace));
        Article deleted = articles.insert(new Article("C", 1000, grace));
        articles.delete(deleted);

        List<AuthorStats> stats = articles.aggregate(AuthorStats.class, "author.name", Aggregate.count(), Aggregate.sum("views"),
                Aggregate.avg("views"), Aggregate.max("views"));
        assertThat(stats).containsExactly(new AuthorStats("ada", 4, 60, 15.0, 30), new AuthorStats("grace", 1, 7, 7.0, 7));

        assertThat(articles.aggregate(AuthorStats.class, articles.where("views", Range.greaterThan(10)), "author.name",
                Aggregate.count(), Aggregate.sum("views"), Aggregate.avg("views"), Aggregate.max("views")))
                .containsExactly(new AuthorStats("ada", 2, 50, 25.0, 30));

        assertThatThrownBy(() -> articles.aggregate(AuthorStats.class, "author.name", Aggregate.count()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("5 components").hasMessageContaining("2 columns");
        assertThatThrownBy(() -> articles.aggregate(TitleLength.class, "author.name", Aggregate.sum("title")))
                .isInstanceOf(InvalidAttributeException.class).hasMessageContaining("not a number");
    }

    @Test
    void nativeSqlMapsOntoRecords() {
        adaWithArticles(3);
        List<TitleLength> rows = articles.nativeQuery(TitleLength.class,
                "select title, length(title) from repo_article where views >= ?1 order by title", 10);
        assertThat(rows).containsExactly(new TitleLength("A01", 3), new TitleLength("A02", 3));
    }

    @Test
    void insertAllBatchesKeepsTimestampsAndIsAllOrNothing() {
        Author ada = authors.insert(new Author("ada"));
        List<Article> many = IntStream.range(0, 120).mapToObj(i -> new Article("T" + i, i, ada)).toList();

        var counts = QueryCounts.record(() -> articles.insertAll(many));
        if (TestDatabase.current().isPostgreSQL()) {
            assertThat(counts.inserts()).as("120 rows in batches of 50").isEqualTo(3);
            assertThat(counts.selects()).as("the sequence values of all 120 ids in one query").isEqualTo(1);
        } else {
            // H2 calls its sequence per block of 50 ids; each call cuts the pending batch.
            assertThat(counts.inserts()).as("120 rows in a few batches").isBetween(3, 6);
        }
        assertThat(many).allSatisfy(a -> {
            assertThat(a.getId()).isNotNull();
            assertThat(a.getCreatedAt()).isNotNull();
        });
        assertThat(articles.count()).isEqualTo(120);

        List<Author> batch = List.of(new Author("grace"), new Author("ada"), new Author("linus"));
        assertThatThrownBy(() -> authors.insertAll(batch)).isInstanceOf(DuplicateKeyException.class);
        assertThat(authors.count()).as("nothing of the failed batch").isEqualTo(1);
        assertThat(batch).allSatisfy(a -> assertThat(a.getId()).isNull());
    }

    @Test
    void idsFromBulkAndSingleInsertsNeverCollide() {
        Author ada = authors.insert(new Author("ada"));
        List<Long> ids = new ArrayList<>();
        for (int round = 0; round < 3; round++) {
            List<Article> bulk = IntStream.range(0, 73).mapToObj(i -> new Article("bulk", i, ada)).toList();
            articles.insertAll(bulk);
            bulk.forEach(a -> ids.add(a.getId()));
            ids.add(articles.insert(new Article("single", 0, ada)).getId());
            db.inTransaction(session -> {
                for (int i = 0; i < 60; i++) {
                    Article article = new Article("persisted", i, session.getReference(Author.class, ada.getId()));
                    session.persist(article);
                    session.flush();
                    ids.add(article.getId());
                }
            });
        }
        assertThat(ids).hasSize(3 * (73 + 1 + 60)).doesNotHaveDuplicates();
        assertThat(articles.count()).isEqualTo(ids.size());
    }

    @Test
    void concurrentBulkInsertsShareTheSequenceWithoutCollisions() throws Exception {
        Author ada = authors.insert(new Author("ada"));
        // As many threads as the pool has connections: Hibernate's pooled optimizer calls the sequence
        // under its lock, and a caller that must first wait for a connection there would stall the others.
        int threads = 3;
        var pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
        try {
            List<java.util.concurrent.Future<List<Long>>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                futures.add(pool.submit(() -> {
                    List<Long> ids = new ArrayList<>();
                    for (int round = 0; round < 5; round++) {
                        List<Article> bulk = IntStream.range(0, 37).mapToObj(i -> new Article("bulk", i, ada)).toList();
                        articles.insertAll(bulk);
                        bulk.forEach(a -> ids.add(a.getId()));
                        ids.add(articles.insert(new Article("single", 0, ada)).getId());
                    }
                    return ids;
                }));
            }
            List<Long> all = new ArrayList<>();
            for (var future : futures) {
                all.addAll(future.get(60, java.util.concurrent.TimeUnit.SECONDS));
            }
            assertThat(all).hasSize(threads * 5 * 38).doesNotHaveDuplicates();
            assertThat(articles.count()).isEqualTo(all.size());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void updateWhereStampsVersionsAndSkipsDeletedRows() throws InterruptedException {
        adaWithArticles(5);
        Article gone = articles.getById(articles.findAll(articles.where("title", Range.singleValue("A04")), Order.by()).get(0).getId());
        articles.delete(gone);
        Article before = articles.findAll(articles.where("title", Range.singleValue("A03")), Order.by()).get(0);
        Thread.sleep(5);

        int changed = articles.updateWhere(articles.where("views", Range.greaterThanOrEqualTo(20)), Map.of("title", "popular"));

        assertThat(changed).as("A02 and A03; A04 is deleted").isEqualTo(2);
        Article after = articles.getById(before.getId());
        assertThat(after.getTitle()).isEqualTo("popular");
        assertThat(after.getUpdatedAt()).isAfter(before.getUpdatedAt());
        assertThat(after.getVersion()).isEqualTo(before.getVersion() + 1);
        String deletedTitle = db.fromTransaction(session -> SoftDeletes.withDeleted(session,
                () -> session.find(Article.class, gone.getId()).getTitle()));
        assertThat(deletedTitle).as("the deleted row was not updated").isEqualTo("A04");

        assertThatThrownBy(() -> articles.updateWhere(Restriction.unrestricted(), Map.of("id", 1L)))
                .isInstanceOf(InvalidAttributeException.class).hasMessageContaining("the id");
        assertThatThrownBy(() -> articles.updateWhere(Restriction.unrestricted(), Map.of("createdAt", java.time.Instant.EPOCH)))
                .isInstanceOf(InvalidAttributeException.class).hasMessageContaining("the mixins write it");
        assertThatThrownBy(() -> articles.updateWhere(Restriction.unrestricted(), Map.of("views", "many")))
                .isInstanceOf(InvalidAttributeException.class);
        assertThatThrownBy(() -> articles.updateWhere(Restriction.unrestricted(), Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least one attribute");
        assertThat(articles.findAll(articles.where("title", Range.singleValue("popular")), Order.by())).as("nothing else changed")
                .hasSize(2);
    }

    @Test
    void deleteWhereSoftDeletesSoftDeletableRowsAndDeletesTheOthers() {
        adaWithArticles(4);
        Article first = articles.findAll(articles.where("title", Range.singleValue("A00")), Order.by()).get(0);
        db.inTransaction(session -> session.persist(session.find(Article.class, first.getId()).remark("hello")));

        assertThat(articles.deleteWhere(articles.where("views", Range.lessThan(20)))).isEqualTo(2);
        assertThat(articles.count()).isEqualTo(2);
        long deletedRows = db.fromTransaction(session -> SoftDeletes.onlyDeleted(session,
                () -> session.createSelectionQuery("from Article where deletedAt is not null", Article.class).getResultList().size()));
        assertThat(deletedRows).isEqualTo(2);
        assertThat(articles.deleteWhere(articles.where("views", Range.lessThan(20)))).as("already deleted").isZero();

        assertThat(remarks.deleteWhere(remarks.where("text", Range.singleValue("hello")))).isEqualTo(1);
        assertThat(remarks.count()).isZero();
    }

    @Test
    void deleteIsSoftForSoftDeletableEntitiesAndHardDeleteIsExplicit() {
        adaWithArticles(2);
        List<Article> two = articles.findAll(Restriction.unrestricted(), Order.by(Sort.asc("title")));

        articles.delete(two.get(0));
        assertThat(articles.findById(two.get(0).getId())).isEmpty();
        assertThat(articles.count()).isEqualTo(1);
        assertThat(rawCount("repo_article")).as("the row is still there").isEqualTo(2);

        assertThatThrownBy(() -> articles.hardDelete(two.get(0))).as("the soft delete raised the version")
                .isInstanceOf(ConcurrentUpdateException.class);
        assertThat(articles.hardDeleteById(two.get(0).getId())).isTrue();
        assertThat(rawCount("repo_article")).isEqualTo(1);
        assertThat(articles.hardDeleteById(two.get(0).getId())).isFalse();

        assertThat(articles.deleteById(two.get(1).getId())).isTrue();
        assertThat(articles.deleteById(two.get(1).getId())).as("already deleted").isFalse();
        assertThatThrownBy(() -> articles.delete(two.get(0))).isInstanceOf(RecordNotFoundException.class);
    }

    @Test
    void updateMergesAndRefusesMissingRowsAndStaleVersions() {
        adaWithArticles(1);
        Article detached = articles.findAll().get(0);
        Article stale = articles.getById(detached.getId());

        detached.setTitle("edited");
        Article merged = articles.update(detached);
        assertThat(merged.getVersion()).isEqualTo(detached.getVersion() + 1);
        assertThat(articles.getById(detached.getId()).getTitle()).isEqualTo("edited");

        stale.setTitle("lost update");
        assertThatThrownBy(() -> articles.update(stale)).isInstanceOfSatisfying(ConcurrentUpdateException.class,
                e -> assertThat(e.operation()).contains("Article.update"));
        assertThatThrownBy(() -> articles.delete(stale)).isInstanceOf(ConcurrentUpdateException.class)
                .hasMessageContaining("version");
        assertThat(articles.getById(detached.getId()).getTitle()).isEqualTo("edited");

        articles.delete(merged);
        assertThatThrownBy(() -> articles.update(merged)).isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> articles.update(new Article("new", 0, null))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("without an id");
    }

    @Test
    void saveInsertsNewEntitiesAndMergesOthers() {
        Author ada = authors.save(new Author("ada"));
        assertThat(ada.getId()).isNotNull();
        Author renamed = authors.save(ada);
        assertThat(renamed.getId()).isEqualTo(ada.getId());
        assertThat(authors.count()).isEqualTo(1);
    }

    private static long rawCount(String table) {
        return db.fromTransaction(session -> ((Number) session.createNativeQuery("select count(*) from " + table, Object.class)
                .getSingleResult()).longValue());
    }
}
