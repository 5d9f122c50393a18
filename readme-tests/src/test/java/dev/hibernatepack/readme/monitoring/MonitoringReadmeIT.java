// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.readme.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.hibernate.SessionFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.hibernatepack.monitoring.QueryKind;
import dev.hibernatepack.monitoring.QueryMonitor;
import dev.hibernatepack.monitoring.QueryStatistics;
import dev.hibernatepack.monitoring.junit.ExpectQueries;
import dev.hibernatepack.readme.TestDatabases;
import dev.hibernatepack.repository.Database;

/** The README's hibernate-monitoring examples: statistics, per-unit-of-work summaries and the JUnit annotation. */
class MonitoringReadmeIT {

    /** Where the README's example logs to: it keeps each formatted line. */
    static final class RequestLog {
        final List<String> lines = new ArrayList<>();

        void info(String pattern, Object argument) {
            lines.add(pattern.replace("{}", String.valueOf(argument)));
        }
    }

    static Database db;
    static SessionFactory sessionFactory;
    static PostRepository repository;
    final RequestLog log = new RequestLog();

    @BeforeAll
    static void open() {
        db = TestDatabases.open("monitoring", Post.class, Comment.class);
        sessionFactory = db.sessionFactory();
        repository = new PostRepository(db);
    }

    @AfterAll
    static void close() {
        if (db != null) {
            db.close();
        }
    }

    @BeforeEach
    void threePostsWithComments() {
        db.inTransaction(session -> {
            session.createMutationQuery("delete from Comment").executeUpdate();
            session.createMutationQuery("delete from Post").executeUpdate();
        });
        for (String title : List.of("One", "Two", "Three")) {
            Post post = repository.insert(new Post(title));
            repository.comment(post, "first on " + title);
            repository.comment(post, "second on " + title);
        }
    }

    @Test
    void statisticsCountByKindListShapesAndRenderAReport() throws IOException {
        QueryMonitor.of(sessionFactory).orElseThrow().reset();
        for (Post post : repository.findAll()) {
            db.inTransaction(session -> session.find(Post.class, post.getId()).getComments().size());
        }
        Files.createDirectories(Path.of("target"));

        QueryStatistics stats = QueryMonitor.of(sessionFactory).orElseThrow().snapshot();
        stats.count(QueryKind.SELECT);              // counts by kind, total and max time, p50 / p90 / p99
        stats.topShapes(10);                        // like pg_stat_statements: count, total, mean, max per shape
        stats.nPlusOneFindings();                   // the latest N+1 reports
        Files.writeString(Path.of("target/queries.html"), stats.toHtml());   // or stats.toJson()

        assertThat(stats.count(QueryKind.SELECT)).as("one list, three posts, three collections").isEqualTo(7);
        assertThat(stats.max()).isPositive().isLessThanOrEqualTo(stats.total());
        assertThat(stats.topShapes(10)).hasSize(3).allSatisfy(shape -> assertThat(shape.shape()).startsWith("select"));
        assertThat(stats.nPlusOneFindings()).as("each collection in its own transaction").isEmpty();
        assertThat(Path.of("target/queries.html")).content().contains("<html", "select");
        assertThat(stats.toJson()).contains("\"SELECT\":7");
    }

    @Test
    void eachUnitOfWorkIsSummarisedOnOneLine() {
        List<Long> ids = repository.findAll().stream().map(Post::getId).toList();
        try (var registration = QueryMonitor.of(sessionFactory).orElseThrow()
                .onUnitOfWork(work -> log.info("request: {}", work))) {   // 12 statements (10 select, 2 insert) in 4.1 ms, slowest 1.2 ms
            db.inTransaction(session -> {
                for (int i = 0; i < 10; i++) {
                    session.createQuery("from Post where id = :id", Post.class).setParameter("id", ids.get(i % ids.size())).getResultList();
                }
                Post four = new Post("Four");
                session.persist(four);
                session.persist(new Comment(four, "hello"));
            });
        }
        repository.findAll();

        assertThat(log.lines).as("one line per unit of work, none after the registration is closed").singleElement().asString()
                .matches("request: 12 statements \\(10 select, 2 insert\\) in \\d+\\.\\d ms, slowest \\d+\\.\\d ms");
    }

    @Test
    @ExpectQueries(select = 1)   // and no N+1
    void listsPostsWithTheirComments() {
        List<Post> posts = repository.findAllWithComments();
        assertThat(QueryCountsReadmeIT.render(posts)).contains("One: first on One second on One");
    }
}
