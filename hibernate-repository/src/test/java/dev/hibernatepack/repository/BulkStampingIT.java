// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.repository;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.hibernate.cfg.AvailableSettings;
import org.hibernate.query.range.Range;
import org.junit.jupiter.api.Test;

import dev.hibernatepack.mixins.MixinsSettings;
import dev.hibernatepack.mixins.PackClock;
import dev.hibernatepack.mixins.SoftDeletes;
import dev.hibernatepack.repository.support.SettableClock;
import dev.hibernatepack.repository.testmodel.Article;
import dev.hibernatepack.repository.testmodel.Author;
import dev.hibernatepack.repository.testmodel.Remark;
import dev.hibernatepack.repository.testmodel.Stamped;
import dev.hibernatepack.testing.CountingClock;
import dev.hibernatepack.testing.TestDatabase;

/**
 * {@code updateWhere} and {@code deleteWhere} stamp {@code @UpdatedAt} / {@code @DeletedAt} exactly
 * as an entity update does: same clock, same type, same truncation to the column's precision, and
 * the database's time with {@code time_source=database}.
 */
class BulkStampingIT {

    private static final Instant BEFORE = Instant.parse("2024-01-01T00:00:00Z");
    /** Sub-microsecond digits that round up, so a rounded value differs from a truncated one. */
    private static final Instant LATER = Instant.parse("2024-05-06T07:08:09.987654999Z");

    private static final List<Class<? extends Stamped>> STAMPED = List.of(Stamped.OnInstant.class, Stamped.OnMillis.class,
            Stamped.OnLocalDateTime.class, Stamped.OnLocalDate.class, Stamped.OnTimestamp.class, Stamped.OnOffsetDateTime.class);

    private static Database open(String name, Map<String, ?> settings, Class<?>... entities) {
        TestDatabase.current().assumeAvailable();
        Map<String, Object> all = new java.util.HashMap<>(settings);
        all.put(AvailableSettings.HBM2DDL_AUTO, "create-drop");
        return Database.create(DatabaseIT.settings(name).load(), all, entities);
    }

    @Test
    void updateWhereWritesWhatAnEntityUpdateWritesForEveryTimestampType() {
        SettableClock clock = new SettableClock(BEFORE);
        try (Database db = open("bulk-stamping", Map.of(MixinsSettings.CLOCK, clock), STAMPED.toArray(Class[]::new))) {
            for (Class<? extends Stamped> type : STAMPED) {
                clock.set(BEFORE);
                BaseRepository<Stamped, Long> rows = repository(db, type);
                Stamped byEntity = rows.insert(newInstance(type, "entity"));
                Stamped byBulk = rows.insert(newInstance(type, "bulk"));

                clock.set(LATER);
                db.inTransaction(session -> session.find(type, byEntity.getId()).setTitle("entity, changed"));
                int changed = rows.updateWhere(rows.where("title", Range.singleValue("bulk")), Map.of("title", "bulk, changed"));

                assertThat(changed).isEqualTo(1);
                Object entityStamp = rows.getById(byEntity.getId()).stamp();
                Object bulkStamp = rows.getById(byBulk.getId()).stamp();
                assertThat(bulkStamp).as(type.getSimpleName() + ": the bulk update wrote what the entity update wrote")
                        .isEqualTo(entityStamp);
                if (type != Stamped.OnLocalDate.class) {
                    assertThat(bulkStamp).as(type.getSimpleName()).isNotEqualTo(byBulk.stamp());
                }
            }
            assertThat(repository(db, Stamped.OnInstant.class).findAll().get(0).stamp())
                    .as("microsecond column: truncated, not rounded").isEqualTo(LATER.truncatedTo(ChronoUnit.MICROS));
            assertThat(repository(db, Stamped.OnMillis.class).findAll().get(0).stamp())
                    .as("millisecond column: truncated, not rounded").isEqualTo(Instant.parse("2024-05-06T07:08:09.987Z"));
            assertThat(repository(db, Stamped.OnLocalDate.class).findAll().get(0).stamp()).isEqualTo(LocalDate.of(2024, 5, 6));
        }
    }

    @Test
    void updateWhereWithTheDatabaseTimeSourceWritesTheDatabasesTime() {
        SettableClock clock = new SettableClock(Instant.parse("1999-01-01T00:00:00Z"));
        try (Database db = open("bulk-stamping-db-time", Map.of(MixinsSettings.CLOCK, clock, MixinsSettings.TIME_SOURCE, "database"),
                STAMPED.toArray(Class[]::new))) {
            for (Class<? extends Stamped> type : STAMPED) {
                BaseRepository<Stamped, Long> rows = repository(db, type);
                Stamped row = rows.insert(newInstance(type, "bulk"));

                rows.updateWhere(rows.where("title", Range.singleValue("bulk")), Map.of("title", "bulk, changed"));

                Object stamp = rows.getById(row.getId()).stamp();
                assertThat(stamp).as(type.getSimpleName()).isNotNull();
                assertThat(year(stamp)).as(type.getSimpleName() + ": the database's year, not the clock's 1999")
                        .isNotEqualTo(1999).isGreaterThanOrEqualTo(2024);
            }
        }
    }

    @Test
    void softDeleteWhereStampsDeletedAtAndUpdatedAtAsTheGeneratorsDo() {
        SettableClock clock = new SettableClock(BEFORE);
        try (Database db = open("bulk-stamping-delete", Map.of(MixinsSettings.CLOCK, clock), Author.class, Article.class, Remark.class)) {
            BaseRepository<Author, Long> authors = new BaseRepository<>(db, Author.class);
            BaseRepository<Article, Long> articles = new BaseRepository<>(db, Article.class);
            Author ada = authors.insert(new Author("ada"));
            Article article = articles.insert(new Article("to delete", 1, ada));

            clock.set(LATER);
            assertThat(articles.deleteWhere(articles.where("title", Range.singleValue("to delete")))).isEqualTo(1);

            Article deleted = db.fromTransaction(session -> SoftDeletes.withDeleted(session, () -> session.find(Article.class, article.getId())));
            assertThat(deleted.getDeletedAt()).as("truncated to the column's microseconds, as the generator does")
                    .isEqualTo(LATER.truncatedTo(ChronoUnit.MICROS));
            assertThat(deleted.getUpdatedAt()).isEqualTo(deleted.getDeletedAt());
        }
    }

    @Test
    void aClockNamedByItsClassIsMadeOnceAndGeneratorsPackClockAndBulkUpdatesReadIt() {
        CountingClock.reset();
        try (Database db = open("bulk-stamping-one-clock", Map.of(MixinsSettings.CLOCK, CountingClock.class.getName()),
                Author.class, Article.class, Remark.class)) {
            BaseRepository<Author, Long> authors = new BaseRepository<>(db, Author.class);
            BaseRepository<Article, Long> articles = new BaseRepository<>(db, Article.class);
            Author ada = authors.insert(new Author("ada"));
            Article article = articles.insert(new Article("one clock", 1, ada));
            Instant packClock = PackClock.of(db.sessionFactory()).instant();
            articles.updateWhere(articles.where("title", Range.singleValue("one clock")), Map.of("views", 2));
            Instant bulk = articles.getById(article.getId()).getUpdatedAt();
            db.inTransaction(session -> session.find(Article.class, article.getId()).setTitle("one clock, changed"));
            Instant entityUpdate = articles.getById(article.getId()).getUpdatedAt();

            assertThat(CountingClock.constructed()).as("one clock for the whole factory").isEqualTo(1);
            assertThat(List.of(ada.getCreatedAt(), article.getCreatedAt(), packClock, bulk, entityUpdate))
                    .as("successive readings of the one clock")
                    .containsExactly(CountingClock.START, CountingClock.START.plusSeconds(1), CountingClock.START.plusSeconds(2),
                            CountingClock.START.plusSeconds(3), CountingClock.START.plusSeconds(4));
        }
    }

    @Test
    void twoFactoriesWithDifferentClocksKeepTheirOwnTimes() {
        Instant first = Instant.parse("2030-01-01T00:00:00Z");
        Instant second = Instant.parse("2040-01-01T00:00:00Z");
        try (Database one = open("bulk-stamping-first", Map.of(MixinsSettings.CLOCK, new SettableClock(first)), Stamped.OnInstant.class);
                // Another table: on PostgreSQL both factories share one database.
                Database two = open("bulk-stamping-second", Map.of(MixinsSettings.CLOCK, new SettableClock(second)),
                        Stamped.OnMillis.class)) {
            assertThat(PackClock.of(one.sessionFactory()).instant()).isEqualTo(first);
            assertThat(PackClock.of(two.sessionFactory()).instant()).isEqualTo(second);
            BaseRepository<Stamped, Long> inOne = repository(one, Stamped.OnInstant.class);
            BaseRepository<Stamped, Long> inTwo = repository(two, Stamped.OnMillis.class);
            assertThat(inOne.insert(newInstance(Stamped.OnInstant.class, "one")).stamp()).isEqualTo(first);
            assertThat(inTwo.insert(newInstance(Stamped.OnMillis.class, "two")).stamp()).isEqualTo(second);
            inOne.updateWhere(inOne.where("title", Range.singleValue("one")), Map.of("title", "one, changed"));
            assertThat(inOne.findAll().get(0).stamp()).isEqualTo(first);
        }
    }

    @SuppressWarnings("unchecked")
    private static BaseRepository<Stamped, Long> repository(Database db, Class<? extends Stamped> type) {
        return new BaseRepository<>(db, (Class<Stamped>) type);
    }

    private static Stamped newInstance(Class<? extends Stamped> type, String title) {
        Supplier<Stamped> make = () -> {
            try {
                return type.getConstructor().newInstance();
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        };
        Stamped stamped = make.get();
        stamped.setTitle(title);
        return stamped;
    }

    private static int year(Object stamp) {
        if (stamp instanceof Instant instant) {
            return instant.atOffset(ZoneOffset.UTC).getYear();
        } else if (stamp instanceof LocalDateTime local) {
            return local.getYear();
        } else if (stamp instanceof LocalDate date) {
            return date.getYear();
        } else if (stamp instanceof Timestamp timestamp) {
            return timestamp.toLocalDateTime().getYear();
        }
        return ((OffsetDateTime) stamp).getYear();
    }
}
