// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.readme.repository;

import static dev.hibernatepack.readme.repository.Status.PUBLISHED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Map;

import jakarta.data.Order;
import jakarta.data.Sort;
import jakarta.data.page.Page;
import jakarta.data.page.PageRequest;

import org.hibernate.query.range.Range;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.hibernatepack.monitoring.QueryCounts;
import dev.hibernatepack.readme.TestDatabases;
import dev.hibernatepack.repository.Aggregate;
import dev.hibernatepack.repository.BaseRepository;
import dev.hibernatepack.repository.Database;
import dev.hibernatepack.repository.DatabaseSettings;
import dev.hibernatepack.testing.TestDatabase;

/** The README's hibernate-repository examples: the first program, aggregates and native SQL into records. */
class RepositoryReadmeIT {

    static Database schema;
    static Map<String, Object> connection;

    @BeforeAll
    static void open() {
        connection = TestDatabase.current().connectionSettings("repository");
        DatabaseSettings.Builder settings = DatabaseSettings.builder().url(url()).username(user()).poolSize(1);
        if (!password().isEmpty()) {
            settings.password(password());
        }
        schema = Database.create(settings.load(), Map.of("hibernate.hbm2ddl.auto", "create-drop"),
                Post.class, Comment.class, Author.class, Article.class);
    }

    @AfterAll
    static void close() {
        if (schema != null) {
            schema.close();
        }
    }

    @BeforeEach
    void empty() {
        schema.inTransaction(session -> {
            session.createNativeMutationQuery("delete from Comment").executeUpdate();
            session.createNativeMutationQuery("delete from Post").executeUpdate();
            session.createNativeMutationQuery("delete from Article").executeUpdate();
            session.createNativeMutationQuery("delete from Author").executeUpdate();
        });
    }

    @AfterEach
    void clearSystemProperties() {
        System.clearProperty(DatabaseSettings.URL);
        System.clearProperty(DatabaseSettings.USERNAME);
        System.clearProperty(DatabaseSettings.PASSWORD);
    }

    private static String url() {
        return connection.get("jakarta.persistence.jdbc.url").toString();
    }

    private static String user() {
        return connection.get("jakarta.persistence.jdbc.user").toString();
    }

    private static String password() {
        return connection.get("jakarta.persistence.jdbc.password").toString();
    }

    private static List<String> liveTitles() {
        return schema.fromTransaction(session -> session.createQuery("select title from Post order by id", String.class).getResultList());
    }

    @Test
    void theFirstProgramInsertsPagesAndRunsSeveralCallsInOneTransaction() {
        PostRepository existing = new PostRepository(schema);
        existing.insert(new Post("Old news", PUBLISHED));
        existing.insert(new Post("Draft"));
        System.setProperty(DatabaseSettings.URL, url());
        System.setProperty(DatabaseSettings.USERNAME, user());
        if (!password().isEmpty()) {
            System.setProperty(DatabaseSettings.PASSWORD, password());
        }

        QueryCounts.Counts counts = QueryCounts.record(() -> {
        DatabaseSettings settings = DatabaseSettings.fromEnvironment();   // DATABASE_URL=postgresql://app:secret@db:5432/blog
        try (Database db = Database.create(settings, Post.class, Comment.class)) {           // or Database.fromPersistenceUnit("blog", settings)
            PostRepository posts = new PostRepository(db);
            Post post = posts.insert(new Post("Hello"));
            Page<Post> page = posts.findAll(posts.where("status", Range.singleValue(PUBLISHED)),
                    PageRequest.ofPage(1).size(20), Order.by(Sort.desc("createdAt")));
            db.inTransaction(session -> {              // one transaction around several calls
                posts.delete(post);
                posts.insert(new Post("Hello again"));
            });
        }
        });

        assertThat(liveTitles()).as("Hello is soft-deleted").containsExactly("Old news", "Draft", "Hello again");
        assertThat(counts.statements()).as("the page: published posts, newest first, then by id")
                .anySatisfy(sql -> assertThat(sql.toLowerCase()).contains("status=?", "order by", "created_at desc"));
    }

    @Test
    void aPageHoldsThePublishedPostsNewestFirst() {
        PostRepository posts = new PostRepository(schema);
        posts.insert(new Post("First", PUBLISHED));
        posts.insert(new Post("Draft"));
        posts.insert(new Post("Second", PUBLISHED));

        Page<Post> page = posts.findAll(posts.where("status", Range.singleValue(PUBLISHED)),
                PageRequest.ofPage(1).size(20), Order.by(Sort.desc("createdAt")));

        assertThat(page.content()).extracting(Post::getTitle).containsExactlyInAnyOrder("First", "Second");
        assertThat(page.totalElements()).isEqualTo(2);
    }

    @Test
    void aggregatesAndNativeSqlFillRecordsColumnByColumn() {
        BaseRepository<Article, Long> articles = new BaseRepository<>(schema, Article.class);
        PostRepository posts = new PostRepository(schema);
        schema.inTransaction(session -> {
            Author ann = new Author("Ann");
            Author bob = new Author("Bob");
            session.persist(ann);
            session.persist(bob);
            session.persist(new Article(ann, 10));
            session.persist(new Article(ann, 30));
            session.persist(new Article(bob, 5));
            Post quiet = new Post("Quiet");
            Post busy = new Post("Busy");
            session.persist(quiet);
            session.persist(busy);
            session.persist(new Comment(busy, "one"));
            session.persist(new Comment(busy, "two"));
        });

        record AuthorStats(String author, long articles, long views, Double averageViews, int mostViews) {}
        List<AuthorStats> stats = articles.aggregate(AuthorStats.class, "author.name",
                Aggregate.count(), Aggregate.sum("views"), Aggregate.avg("views"), Aggregate.max("views"));

        assertThat(stats).extracting(AuthorStats::author, AuthorStats::articles, AuthorStats::views,
                AuthorStats::averageViews, AuthorStats::mostViews)
                .containsExactlyInAnyOrder(tuple("Ann", 2L, 40L, 20.0, 30), tuple("Bob", 1L, 5L, 5.0, 5));

        record CommentCount(String title, long comments) {}
        List<CommentCount> top = posts.nativeQuery(CommentCount.class, "select p.title, count(c.id) from Post p left join Comment c on c.post_id = p.id"
                + " group by p.title order by count(c.id) desc fetch first ?1 rows only", 10);

        assertThat(top).containsExactly(new CommentCount("Busy", 2), new CommentCount("Quiet", 0));
    }
}
