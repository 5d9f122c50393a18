// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.mixins;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import dev.hibernatepack.mixins.testmodel.Article;
import dev.hibernatepack.mixins.testmodel.Author;
import dev.hibernatepack.testing.HibernateTest;
import dev.hibernatepack.testing.SessionFactoryScope;
import dev.hibernatepack.testing.Setting;

/** The clock says 1999; with time_source=database the database's own time wins. */
@HibernateTest(entities = {Article.class, Author.class}, settings = {
        @Setting(name = MixinsSettings.TIME_SOURCE, value = "database"),
        @Setting(name = MixinsSettings.CLOCK, value = "dev.hibernatepack.mixins.support.TestClock")})
class DatabaseTimeSourceIT {

    @Test
    void timestampsComeFromTheDatabaseAndAreReadBack(SessionFactoryScope scope) {
        dev.hibernatepack.mixins.support.TestClock.set(Instant.parse("1999-01-01T00:00:00Z"));
        Article article = new Article("db time");
        scope.inTransaction(session -> session.persist(article));

        assertThat(scope.sql().inserts()).singleElement().asString().containsIgnoringCase("current_timestamp");
        assertThat(article.getCreatedAt()).isCloseTo(Instant.now(), within());
        Article stored = scope.fromSession(session -> session.find(Article.class, article.getId()));
        assertThat(stored.getCreatedAt()).isEqualTo(article.getCreatedAt());

        scope.inTransaction(session -> session.find(Article.class, article.getId()).setTitle("changed"));
        Article updated = scope.fromSession(session -> session.find(Article.class, article.getId()));
        assertThat(updated.getUpdatedAt()).isAfterOrEqualTo(stored.getUpdatedAt());
        assertThat(updated.getCreatedAt()).isEqualTo(stored.getCreatedAt());
    }

    private static org.assertj.core.data.TemporalUnitOffset within() {
        // The database server's clock, not a timing bound: only proves the value is not the 1999 clock.
        return org.assertj.core.api.Assertions.within(Duration.ofHours(1).toSeconds(), java.time.temporal.ChronoUnit.SECONDS);
    }
}
