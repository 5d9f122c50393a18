// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.mixins;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.hibernatepack.mixins.testmodel.Article;
import dev.hibernatepack.mixins.testmodel.Author;
import dev.hibernatepack.mixins.testmodel.Note;
import dev.hibernatepack.testing.CountingClock;
import dev.hibernatepack.testing.SessionFactoryScope;
import dev.hibernatepack.testing.TestDatabase;
import dev.hibernatepack.testing.TestSessionFactories;

/** The clock named in the settings is one clock per factory: generators and PackClock read the same instance. */
class OneClockIT {

    @BeforeEach
    void skipWhenTheDatabaseIsMissing() {
        TestDatabase.current().assumeAvailable();
    }

    @Test
    void aClockNamedByItsClassIsMadeOnceAndEveryReaderSharesIt() {
        CountingClock.reset();
        try (SessionFactoryScope scope = TestSessionFactories.open(List.of(Article.class, Author.class, Note.class),
                Map.of(MixinsSettings.CLOCK, CountingClock.class.getName()), "one-clock")) {
            Article article = new Article("one clock");
            scope.inTransaction(session -> session.persist(article));
            Instant packClock = PackClock.of(scope.sessionFactory()).instant();
            scope.inTransaction(session -> session.find(Article.class, article.getId()).setTitle("changed"));
            Instant updated = scope.fromTransaction(session -> session.find(Article.class, article.getId()).getUpdatedAt());
            Note note = new Note("n1");
            scope.inTransaction(session -> session.persist(note));
            scope.inTransaction(session -> session.remove(session.find(Note.class, note.getId())));
            Instant deleted = scope.fromTransaction(session -> SoftDeletes.withDeleted(session,
                    () -> session.find(Note.class, note.getId()).getDeletedAt()));

            assertThat(CountingClock.constructed()).as("one clock for the whole factory").isEqualTo(1);
            assertThat(PackClock.of(scope.sessionFactory())).isSameAs(PackClock.of(scope.sessionFactory()));
            assertThat(List.of(article.getCreatedAt(), article.getUpdatedAt(), packClock, updated))
                    .as("successive readings of one instance").containsExactly(CountingClock.START, CountingClock.START,
                            CountingClock.START.plusSeconds(1), CountingClock.START.plusSeconds(2));
            assertThat(deleted).as("the soft delete read the same clock, after the update").isAfter(updated);
        }
    }

    /** A Jakarta Data deleteById is one statement object per call, but a reused query must not reuse its time either. */
    @Test
    void aStatelessBulkDeleteReadsTheClockEachTimeItRuns() {
        try (SessionFactoryScope scope = TestSessionFactories.open(List.of(Note.class),
                Map.of(MixinsSettings.CLOCK, CountingClock.class.getName()), "stateless-bulk-clock")) {
            Note first = new Note("first");
            Note second = new Note("second");
            scope.inTransaction(session -> {
                session.persist(first);
                session.persist(second);
            });

            scope.inStatelessTransaction(session -> {
                var delete = session.createMutationQuery("delete from Note where id = :id");
                assertThat(delete.setParameter("id", first.getId()).executeUpdate()).isEqualTo(1);
                assertThat(delete.setParameter("id", second.getId()).executeUpdate()).isEqualTo(1);
            });

            List<Instant> deletedAt = scope.fromSession(session -> SoftDeletes.withDeleted(session, () -> List.of(
                    session.find(Note.class, first.getId()).getDeletedAt(), session.find(Note.class, second.getId()).getDeletedAt())));
            assertThat(deletedAt.get(1)).isAfter(deletedAt.get(0));
        }
    }

    @Test
    void twoFactoriesWithDifferentClocksDoNotMix() {
        Instant first = Instant.parse("2030-01-01T00:00:00Z");
        Instant second = Instant.parse("2040-01-01T00:00:00Z");
        try (SessionFactoryScope one = TestSessionFactories.open(List.of(Article.class, Author.class),
                Map.of(MixinsSettings.CLOCK, Clock.fixed(first, ZoneOffset.UTC)), "clock-one");
                SessionFactoryScope two = TestSessionFactories.open(List.of(Note.class),
                        Map.of(MixinsSettings.CLOCK, Clock.fixed(second, ZoneOffset.UTC)), "clock-two")) {
            Article article = new Article("first");
            one.inTransaction(session -> session.persist(article));
            Note note = new Note("second");
            two.inTransaction(session -> session.persist(note));
            two.inTransaction(session -> session.remove(session.find(Note.class, note.getId())));

            assertThat(article.getCreatedAt()).isEqualTo(first);
            assertThat(PackClock.of(one.sessionFactory()).instant()).isEqualTo(first);
            assertThat(PackClock.of(two.sessionFactory()).instant()).isEqualTo(second);
            assertThat(two.<Instant>fromTransaction(session -> SoftDeletes.withDeleted(session,
                    () -> session.find(Note.class, note.getId()).getDeletedAt()))).isEqualTo(second);
        }
    }
}
