// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.mixins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.hibernatepack.mixins.testmodel.Article;
import dev.hibernatepack.mixins.testmodel.Author;
import dev.hibernatepack.mixins.testmodel.MissingCreatedAt;
import dev.hibernatepack.mixins.testmodel.Plain;
import dev.hibernatepack.mixins.testmodel.WrongTimestampType;
import dev.hibernatepack.testing.SessionFactoryScope;
import dev.hibernatepack.testing.TestDatabase;
import dev.hibernatepack.testing.TestSessionFactories;

/** Boots its own factories: some of them must fail. */
class MixinsIntegratorIT {

    @BeforeEach
    void skipWhenTheDatabaseIsMissing() {
        // Decided before any assertThatThrownBy, which would otherwise swallow the skip.
        TestDatabase.current().assumeAvailable();
    }

    private static SessionFactoryScope boot(List<Class<?>> entities, Map<String, ?> settings) {
        return TestSessionFactories.open(entities, settings, "integrator");
    }

    @Test
    void jarWithoutAnyMixinEntityChangesNothing() {
        // Not even a bad setting is looked at when no entity uses the module.
        try (var scope = boot(List.of(Plain.class), Map.of(MixinsSettings.CLOCK, "no.such.Clock"))) {
            scope.inTransaction(session -> session.persist(new Plain(1L, "plain")));
            assertThat(scope.sql().inserts()).singleElement().asString().doesNotContain("created_at");
            // No soft delete either: no filter defined, remove() and bulk deletes are Hibernate's own.
            assertThat(scope.sessionFactory().getDefinedFilterNames()).isEmpty();
            scope.inTransaction(session -> session.remove(session.find(Plain.class, 1L)));
            assertThat(scope.sql().deletes()).singleElement().asString().startsWith("delete from");
            scope.inTransaction(session -> session.persist(new Plain(2L, "bulk")));
            assertThat(scope.<Integer>fromTransaction(session -> session.createMutationQuery("delete from Plain").executeUpdate()))
                    .isEqualTo(1);
        }
    }

    @Test
    void unknownClockClassFailsBootNamingSettingValueAndWhatIsAllowed() {
        assertThatThrownBy(() -> boot(List.of(Article.class, Author.class), Map.of(MixinsSettings.CLOCK, "no.such.Clock")))
                .hasRootCauseInstanceOf(ClassNotFoundException.class)
                .satisfies(e -> assertThat(causeOfType(e, InvalidSettingException.class).getMessage()).isEqualTo(
                        "The value [no.such.Clock] of the [hibernatepack.mixins.clock] setting is not supported; allowed:"
                                + " a java.time.Clock instance, or a Clock subclass (Class or fully qualified class name)"
                                + " with a public no-argument constructor (class not found)"));
    }

    @Test
    void clockOfTheWrongTypeFailsBoot() {
        assertThatThrownBy(() -> boot(List.of(Article.class, Author.class), Map.of(MixinsSettings.CLOCK, 42)))
                .satisfies(e -> assertThat(causeOfType(e, InvalidSettingException.class))
                        .hasMessageStartingWith("The value [42] of the [hibernatepack.mixins.clock] setting is not supported"));
    }

    @Test
    void badTimeSourceAndBadEnabledFailBoot() {
        assertThatThrownBy(() -> boot(List.of(Article.class, Author.class), Map.of(MixinsSettings.TIME_SOURCE, "sundial")))
                .satisfies(e -> assertThat(causeOfType(e, InvalidSettingException.class)).hasMessage(
                        "The value [sundial] of the [hibernatepack.mixins.time_source] setting is not supported; allowed: vm, database"));
        assertThatThrownBy(() -> boot(List.of(Article.class, Author.class), Map.of(MixinsSettings.ENABLED, "maybe")))
                .satisfies(e -> assertThat(causeOfType(e, InvalidSettingException.class)).hasMessage(
                        "The value [maybe] of the [hibernatepack.mixins.enabled] setting is not supported; allowed: true, false"));
    }

    @Test
    void blankValuesAndWordsForBooleansAreRefusedByThePacksRule() {
        assertThatThrownBy(() -> boot(List.of(Article.class, Author.class), Map.of(MixinsSettings.CLOCK, "")))
                .satisfies(e -> assertThat(causeOfType(e, InvalidSettingException.class)).hasMessage(
                        "The value [] of the [hibernatepack.mixins.clock] setting is not supported; allowed:"
                                + " a java.time.Clock instance, or a Clock subclass (Class or fully qualified class name)"
                                + " with a public no-argument constructor (a blank value is not a setting: remove it to use the default)"));
        assertThatThrownBy(() -> boot(List.of(Article.class, Author.class), Map.of(MixinsSettings.TIME_SOURCE, "  ")))
                .satisfies(e -> assertThat(causeOfType(e, InvalidSettingException.class)).hasMessage(
                        "The value [  ] of the [hibernatepack.mixins.time_source] setting is not supported; allowed: vm, database"
                                + " (a blank value is not a setting: remove it to use the default)"));
        assertThatThrownBy(() -> boot(List.of(Article.class, Author.class), Map.of(MixinsSettings.ENABLED, "yes")))
                .satisfies(e -> assertThat(causeOfType(e, InvalidSettingException.class)).hasMessage(
                        "The value [yes] of the [hibernatepack.mixins.enabled] setting is not supported; allowed: true, false"));
    }

    @Test
    void clockInstanceGivenAsObjectIsUsed() {
        Instant fixed = Instant.parse("2030-01-02T03:04:05Z");
        try (var scope = boot(List.of(Article.class, Author.class), Map.of(MixinsSettings.CLOCK, Clock.fixed(fixed, ZoneOffset.UTC)))) {
            Article article = new Article("Fixed");
            scope.inTransaction(session -> session.persist(article));
            assertThat(article.getCreatedAt()).isEqualTo(fixed);
        }
    }

    @Test
    void timestampedEntityWithoutCreatedAtFailsBootNamingEntityAndAttribute() {
        assertThatThrownBy(() -> boot(List.of(MissingCreatedAt.class), Map.of()))
                .satisfies(e -> assertThat(causeOfType(e, InvalidMappingException.class)).hasMessageContaining(
                        "MissingCreatedAt implements Timestamped but has no attribute annotated @CreatedAt"));
    }

    @Test
    void disabledModuleSkipsTheMappingCheck() {
        try (var scope = boot(List.of(MissingCreatedAt.class), Map.of(MixinsSettings.ENABLED, "false"))) {
            assertThat(scope.sessionFactory().isOpen()).isTrue();
        }
    }

    @Test
    void timestampOnUnsupportedTypeFailsBoot() {
        assertThatThrownBy(() -> boot(List.of(WrongTimestampType.class), Map.of()))
                .satisfies(e -> assertThat(causeOfType(e, InvalidMappingException.class)).hasMessageContaining(
                        "@CreatedAt on dev.hibernatepack.mixins.testmodel.WrongTimestampType.createdAt has the unsupported"
                                + " type java.lang.String; allowed: Instant"));
    }

    private static <T extends Throwable> T causeOfType(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        throw new AssertionError("no " + type.getSimpleName() + " in the cause chain of " + e, e);
    }
}
