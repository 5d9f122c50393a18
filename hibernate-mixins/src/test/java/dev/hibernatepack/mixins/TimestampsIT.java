// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.mixins;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.hibernatepack.mixins.support.TestClock;
import dev.hibernatepack.mixins.testmodel.Article;
import dev.hibernatepack.mixins.testmodel.Author;
import dev.hibernatepack.mixins.testmodel.Invoice;
import dev.hibernatepack.testing.HibernateTest;
import dev.hibernatepack.testing.SessionFactoryScope;
import dev.hibernatepack.testing.Setting;

@HibernateTest(entities = {Article.class, Author.class, Invoice.class},
        settings = @Setting(name = MixinsSettings.CLOCK, value = "dev.hibernatepack.mixins.support.TestClock"))
class TimestampsIT {

    private static final Instant T0 = Instant.parse("2024-03-01T10:00:00.123456Z");

    @BeforeEach
    void freezeClock() {
        TestClock.set(T0);
    }

    @Test
    void setsBothTimestampsFromThePackClockOnInsert(SessionFactoryScope scope) {
        Long id = scope.fromTransaction(session -> {
            Article article = new Article("Hello");
            session.persist(article);
            return article.getId();
        });

        Article stored = scope.fromSession(session -> session.find(Article.class, id));
        assertThat(stored.getCreatedAt()).isEqualTo(T0);
        assertThat(stored.getUpdatedAt()).isEqualTo(T0);
        assertThat(stored.isActive()).isTrue();
    }

    @Test
    void truncatesToTheColumnPrecisionSoMemoryMatchesTheDatabase(SessionFactoryScope scope) {
        TestClock.set(Instant.parse("2024-03-01T10:00:00.123456789Z"));
        Article article = new Article("Precise");
        scope.inTransaction(session -> session.persist(article));

        Article stored = scope.fromSession(session -> session.find(Article.class, article.getId()));
        assertThat(article.getCreatedAt()).isEqualTo(Instant.parse("2024-03-01T10:00:00.123456Z"));
        assertThat(stored.getCreatedAt()).isEqualTo(article.getCreatedAt());
    }

    @Test
    void updatedAtMovesOnRealChangeAndCreatedAtNever(SessionFactoryScope scope) {
        Article article = new Article("Hello");
        scope.inTransaction(session -> session.persist(article));

        Instant later = TestClock.advanceSeconds(60);
        scope.inTransaction(session -> session.find(Article.class, article.getId()).setTitle("Changed"));

        Article stored = scope.fromSession(session -> session.find(Article.class, article.getId()));
        assertThat(stored.getUpdatedAt()).isEqualTo(later);
        assertThat(stored.getCreatedAt()).isEqualTo(T0);
    }

    @Test
    void flushWithoutChangeIssuesNoUpdateAndKeepsUpdatedAt(SessionFactoryScope scope) {
        Article article = new Article("Hello");
        scope.inTransaction(session -> session.persist(article));
        TestClock.advanceSeconds(60);
        scope.sql().clear();

        scope.inTransaction(session -> {
            Article loaded = session.find(Article.class, article.getId());
            loaded.setTitle("Hello"); // same value: not a change
            loaded.setActive(true);
        });

        assertThat(scope.sql().updates()).isEmpty();
        Article stored = scope.fromSession(session -> session.find(Article.class, article.getId()));
        assertThat(stored.getUpdatedAt()).isEqualTo(T0);
    }

    @Test
    void inheritedSetterChangeIsFlushed(SessionFactoryScope scope) {
        Article article = new Article("Hello");
        scope.inTransaction(session -> session.persist(article));
        Instant later = TestClock.advanceSeconds(5);

        scope.inTransaction(session -> session.find(Article.class, article.getId()).setActive(false));

        Article stored = scope.fromSession(session -> session.find(Article.class, article.getId()));
        assertThat(stored.isActive()).isFalse();
        assertThat(stored.getUpdatedAt()).isEqualTo(later);
    }

    @Test
    void worksInStatelessSessionInsertAndUpdate(SessionFactoryScope scope) {
        Article article = new Article("Stateless");
        scope.inStatelessTransaction(session -> session.insert(article));
        assertThat(article.getCreatedAt()).isEqualTo(T0);
        assertThat(article.getUpdatedAt()).isEqualTo(T0);

        Instant later = TestClock.advanceSeconds(30);
        scope.inStatelessTransaction(session -> {
            Article loaded = session.get(Article.class, article.getId());
            loaded.setTitle("Stateless, edited");
            session.update(loaded);
        });

        Article stored = scope.fromStatelessTransaction(session -> session.get(Article.class, article.getId()));
        assertThat(stored.getCreatedAt()).isEqualTo(T0);
        assertThat(stored.getUpdatedAt()).isEqualTo(later);
    }

    @Test
    void worksOnAnyEntityThatImplementsTimestamped(SessionFactoryScope scope) {
        scope.inTransaction(session -> session.persist(new Invoice("INV-1", 100)));
        Instant later = TestClock.advanceSeconds(10);
        scope.inTransaction(session -> session.find(Invoice.class, "INV-1").setAmountCents(200));

        Invoice stored = scope.fromSession(session -> session.find(Invoice.class, "INV-1"));
        assertThat(stored.getCreatedAt()).isEqualTo(T0);
        assertThat(stored.getUpdatedAt()).isEqualTo(later);
        assertThat(stored.getChangedAtOffset().toInstant()).isEqualTo(later);
        assertThat(stored.getChangedAtOffset().getOffset()).isEqualTo(ZoneOffset.UTC);
    }

    @Test
    void rowsInsertedByPlainSqlGetDefaults(SessionFactoryScope scope) {
        scope.inTransaction(session -> session.createNativeMutationQuery(
                "insert into Article (id, title, views, status, version) values (9999, 'raw', 0, 'DRAFT', 0)").executeUpdate());

        Article stored = scope.fromSession(session -> session.find(Article.class, 9999L));
        assertThat(stored.getCreatedAt()).isNotNull();
        assertThat(stored.getUpdatedAt()).isNotNull();
        assertThat(stored.isActive()).isTrue();
    }

    @Test
    void idsComeFromAPooledSequence(SessionFactoryScope scope) {
        scope.inTransaction(session -> {
            for (int i = 0; i < 120; i++) {
                session.persist(new Article("A" + i));
            }
        });

        // 120 ids from a pooled sequence stepping by 50: two calls open the first block, then one per 50 ids.
        long sequenceCalls = scope.sql().statements().stream()
                .filter(sql -> sql.toLowerCase().contains("article_seq")).count();
        assertThat(sequenceCalls).isEqualTo(4);
        assertThat(scope.<Long>fromSession(session -> session.createSelectionQuery("select count(*) from Article", Long.class)
                .getSingleResult())).isEqualTo(120);
    }
}
