// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.slug;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.hibernate.cfg.MappingSettings;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.hibernatepack.slug.badmodel.NoSource;
import dev.hibernatepack.slug.badmodel.NumberSlug;
import dev.hibernatepack.slug.badmodel.ShortColumn;
import dev.hibernatepack.slug.badmodel.SluggableWithoutSlug;
import dev.hibernatepack.slug.badmodel.UnknownSource;
import dev.hibernatepack.slug.internal.SlugRuntime;
import dev.hibernatepack.slug.testmodel.Blog;
import dev.hibernatepack.slug.testmodel.Post;
import dev.hibernatepack.testing.SessionFactoryScope;
import dev.hibernatepack.testing.TestDatabase;
import dev.hibernatepack.testing.TestSessionFactories;

/** Settings and mappings: what they change, and the boot errors for the ones that cannot work. */
class SlugSettingsIT {

    @BeforeEach
    void skipWhenTheDatabaseIsNotConfigured() {
        TestDatabase.current().assumeAvailable();
    }

    private static SessionFactoryScope open(List<Class<?>> entities, Map<String, ?> settings) {
        return TestSessionFactories.open(entities, settings, "slug_settings");
    }

    private static Post persist(SessionFactoryScope scope, String title) {
        return SlugEntityIT.persisted(scope, new Post(title));
    }

    @Test
    void reservedWordsComeFromTheSetting() {
        try (SessionFactoryScope scope = open(List.of(Post.class), Map.of(SlugSettings.RESERVED_WORDS, "dashboard, my-account"))) {
            assertThat(persist(scope, "Dashboard").getSlug()).isEqualTo("dashboard-2");
            assertThat(persist(scope, "My account").getSlug()).isEqualTo("my-account-2");
            assertThat(persist(scope, "New").getSlug()).isEqualTo("new");
        }
        try (SessionFactoryScope scope = open(List.of(Post.class), Map.of(SlugSettings.RESERVED_WORDS, ""))) {
            assertThat(persist(scope, "Admin").getSlug()).isEqualTo("admin");
        }
    }

    @Test
    void maxLengthCutsAtAWordBoundaryAndLeavesRoomForTheSuffix() {
        try (SessionFactoryScope scope = open(List.of(Post.class), Map.of(SlugSettings.MAX_LENGTH, "20"))) {
            String title = "The quick brown fox jumps over the lazy dog";
            Post first = persist(scope, title);
            Post second = persist(scope, title);

            assertThat(first.getSlug()).isEqualTo("the-quick-brown");
            assertThat(second.getSlug()).isEqualTo("the-quick-brown-2");
            assertThat(List.of(first.getSlug(), second.getSlug())).allMatch(slug -> slug.length() <= 20);
        }
    }

    @Test
    void aWriteThatRunsOutOfAttemptsFailsClearlyAndChangesNothing() {
        try (SessionFactoryScope scope = open(List.of(Post.class), Map.of(SlugSettings.MAX_ATTEMPTS, 1))) {
            persist(scope, "Only once");
            Post second = new Post("Only once");

            assertThatThrownBy(() -> scope.inTransaction(session -> {
                session.persist(second);
                session.flush();
            })).isInstanceOf(SlugConflictException.class)
                    .hasMessageContaining("No free slug for " + Post.class.getName() + " after 1 attempts")
                    .hasMessageContaining("[only-once]")
                    .hasMessageContaining(SlugSettings.MAX_ATTEMPTS);
            assertThat(second.getSlug()).isNull();
            List<String> stored = scope.fromTransaction(session -> session.createSelectionQuery("select slug from Post", String.class)
                    .getResultList());
            assertThat(stored).containsExactly("only-once");
        }
    }

    @Test
    void badSettingsFailTheBootNamingSettingValueAndWhatIsAllowed() {
        assertThatThrownBy(() -> open(List.of(Post.class), Map.of(SlugSettings.MAX_LENGTH, "10")))
                .isInstanceOf(InvalidSlugSettingException.class)
                .hasMessage("The value [10] of the [hibernatepack.slug.max_length] setting is not supported;"
                        + " allowed: a whole number from 15 to 10000");
        assertThatThrownBy(() -> open(List.of(Post.class), Map.of(SlugSettings.MAX_ATTEMPTS, "many")))
                .isInstanceOf(InvalidSlugSettingException.class).hasMessageContaining("[hibernatepack.slug.max_attempts]").hasMessageContaining("1 to 100");
        assertThatThrownBy(() -> open(List.of(Post.class), Map.of(SlugSettings.RESERVED_WORDS, "new, Edit Page")))
                .isInstanceOf(InvalidSlugSettingException.class).hasMessageContaining("[Edit Page] is not one");
        assertThatThrownBy(() -> open(List.of(Post.class), Map.of(SlugSettings.RESERVE_DELETED, "sometimes")))
                .isInstanceOf(InvalidSlugSettingException.class).hasMessageContaining("allowed: true, false");
    }

    @Test
    void mappingsThatCannotWorkFailTheBootNamingTheAttribute() {
        assertThatThrownBy(() -> open(List.of(NumberSlug.class), Map.of()))
                .isInstanceOf(InvalidSlugMappingException.class)
                .hasMessageContaining("@Slug " + NumberSlug.class.getName() + ".slug must be a String attribute");
        assertThatThrownBy(() -> open(List.of(UnknownSource.class), Map.of()))
                .isInstanceOf(InvalidSlugMappingException.class).hasMessageContaining("has from [headline], which is not a mapped attribute");
        assertThatThrownBy(() -> open(List.of(NoSource.class), Map.of()))
                .isInstanceOf(InvalidSlugMappingException.class).hasMessageContaining("names no source").hasMessageContaining("implement Sluggable");
        assertThatThrownBy(() -> open(List.of(ShortColumn.class), Map.of()))
                .isInstanceOf(InvalidSlugMappingException.class).hasMessageContaining("a slug column needs at least 15");
        assertThatThrownBy(() -> open(List.of(SluggableWithoutSlug.class), Map.of()))
                .isInstanceOf(InvalidSlugMappingException.class).hasMessageContaining("is Sluggable but has no @Slug attribute");
    }

    @Test
    void blankValuesWordsForBooleansAndOverflowingNumbersAreRefusedByThePacksRule() {
        assertThatThrownBy(() -> open(List.of(Post.class), Map.of(SlugSettings.MAX_LENGTH, " ")))
                .isInstanceOf(InvalidSlugSettingException.class)
                .hasMessage("The value [ ] of the [hibernatepack.slug.max_length] setting is not supported;"
                        + " allowed: a whole number from 15 to 10000 (a blank value is not a setting: remove it to use the default)");
        assertThatThrownBy(() -> open(List.of(Post.class), Map.of(SlugSettings.RESERVE_DELETED, "yes")))
                .isInstanceOf(InvalidSlugSettingException.class)
                .hasMessage("The value [yes] of the [hibernatepack.slug.reserve_deleted] setting is not supported; allowed: true, false");
        assertThatThrownBy(() -> open(List.of(Post.class), Map.of(SlugSettings.ENABLED, "yes")))
                .isInstanceOf(InvalidSlugSettingException.class)
                .hasMessage("The value [yes] of the [hibernatepack.slug.enabled] setting is not supported; allowed: true, false");
        assertThatThrownBy(() -> open(List.of(Post.class), Map.of(SlugSettings.MAX_ATTEMPTS, "4294967297")))
                .as("2^32 + 1 would wrap to 1 in an int").isInstanceOf(InvalidSlugSettingException.class)
                .hasMessage("The value [4294967297] of the [hibernatepack.slug.max_attempts] setting is not supported;"
                        + " allowed: a whole number from 1 to 100");
        assertThatThrownBy(() -> open(List.of(Post.class), Map.of(SlugSettings.MAX_LENGTH, 4_294_967_376L)))
                .as("wraps to 80 in an int").isInstanceOf(InvalidSlugSettingException.class)
                .hasMessageStartingWith("The value [4294967376] of the [hibernatepack.slug.max_length] setting is not supported");
    }

    @Test
    void aClosedFactoryLeavesNoSlugStateBehind() {
        // Post_, the JPA static metamodel hibernate-processor writes, would hold the factory's attributes in its
        // static fields, as JPA has Hibernate fill them; not filling them leaves what the slug module might keep.
        SessionFactoryScope scope = open(List.of(Post.class), Map.of(MappingSettings.STATIC_METAMODEL_POPULATION, "disabled"));
        var factory = scope.sessionFactory();
        persist(scope, "Held while open");
        assertThat(SlugRuntime.of(factory)).isNotNull();

        scope.close();

        assertThat(SlugRuntime.of(factory)).isNull();
        java.lang.ref.WeakReference<Object> reference = new java.lang.ref.WeakReference<>(factory);
        factory = null;
        scope = null;
        for (int i = 0; i < 50 && reference.get() != null; i++) {
            System.gc();
            Thread.onSpinWait();
        }
        assertThat(reference.get()).as("nothing static keeps the closed factory").isNull();
    }

    @Test
    void switchedOffTheSlugIsAPlainColumn() {
        try (SessionFactoryScope scope = open(List.of(Post.class), Map.of(SlugSettings.ENABLED, "false"))) {
            Post post = scope.fromTransaction(session -> {
                Post made = new Post("Anything");
                made.setSlug("kept-as-is");
                session.persist(made);
                return made;
            });
            assertThat(post.getSlug()).isEqualTo("kept-as-is");
            assertThat(SlugRuntime.of(scope.sessionFactory())).isNull();
        }
    }

    @Test
    void withNoSluggableEntityTheModuleChangesNothing() {
        try (SessionFactoryScope scope = open(List.of(Blog.class), Map.of())) {
            scope.inTransaction(session -> session.persist(new Blog("plain")));
            assertThat(SlugRuntime.of(scope.sessionFactory())).isNull();
            assertThat(scope.sql().statements()).noneMatch(sql -> sql.contains("slug") || sql.contains("conflict"));
            assertThat(scope.sessionFactory().getEventListenerRegistry()
                    .getEventListenerGroup(org.hibernate.event.spi.EventType.PRE_INSERT).count()).isZero();
        }
    }
}
