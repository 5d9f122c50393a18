// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.slug;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import dev.hibernatepack.mixins.RestoreConflictException;
import dev.hibernatepack.mixins.SoftDeletes;
import dev.hibernatepack.slug.testmodel.Topic;
import dev.hibernatepack.testing.HibernateTest;
import dev.hibernatepack.testing.SessionFactoryScope;

/**
 * A soft-deletable entity that declares {@code @UniqueWhileActive("slug")}: its slug is unique
 * among live rows only, whatever {@link SlugSettings#RESERVE_DELETED} says, with one index.
 */
@HibernateTest(entities = Topic.class)
class SlugUniqueWhileActiveIT {

    static Topic persist(SessionFactoryScope scope, String title) {
        return SlugEntityIT.persisted(scope, new Topic(title));
    }

    static void softDelete(SessionFactoryScope scope, Topic topic) {
        scope.inTransaction(session -> session.remove(session.find(Topic.class, topic.getId())));
    }

    @Test
    void aSlugHeldOnlyByADeletedRowIsFreeAgain(SessionFactoryScope scope) {
        Topic deleted = persist(scope, "Roadmap");
        softDelete(scope, deleted);

        Topic next = persist(scope, "Roadmap");

        assertThat(next.getSlug()).isEqualTo("roadmap");
        scope.inTransaction(session -> assertThat(Slugs.findBySlug(session, Topic.class, "roadmap").orElseThrow().entity().getId())
                .isEqualTo(next.getId()));
    }

    @Test
    void liveRowsStillGetTheNextFreeSuffix(SessionFactoryScope scope) {
        persist(scope, "Roadmap");
        Topic deleted = persist(scope, "Roadmap");
        softDelete(scope, deleted);

        Topic third = persist(scope, "Roadmap");
        Topic fourth = persist(scope, "Roadmap");

        assertThat(deleted.getSlug()).isEqualTo("roadmap-2");
        assertThat(third.getSlug()).isEqualTo("roadmap-2");
        assertThat(fourth.getSlug()).isEqualTo("roadmap-3");
    }

    @Test
    void theSlugAndTheKeyShareOneUniqueIndex(SessionFactoryScope scope) {
        Set<String> unique = scope.fromSession(session -> session.doReturningWork(connection -> {
            DatabaseMetaData metaData = connection.getMetaData();
            // Unquoted names are folded by H2 and PostgreSQL; MariaDB on Linux keeps the entity's "Topic".
            String table = metaData.storesUpperCaseIdentifiers() ? "TOPIC" : metaData.storesLowerCaseIdentifiers() ? "topic" : "Topic";
            Set<String> names = new TreeSet<>();
            try (ResultSet indexes = metaData.getIndexInfo(null, null, table, true, false)) {
                while (indexes.next()) {
                    String name = indexes.getString("INDEX_NAME");
                    if (name != null && !name.toLowerCase(Locale.ROOT).contains("pkey") && !name.toLowerCase(Locale.ROOT).startsWith("primary")) {
                        names.add(name.toLowerCase(Locale.ROOT));
                    }
                }
            }
            return names;
        }));

        assertThat(unique).containsExactly("ux_topic_slug_active");
    }

    @Test
    void restoringARowWhoseSlugALiveRowTookIsRefused(SessionFactoryScope scope) {
        Topic deleted = persist(scope, "Roadmap");
        softDelete(scope, deleted);
        persist(scope, "Roadmap");

        assertThatThrownBy(() -> scope.inTransaction(session -> SoftDeletes.restore(session,
                SoftDeletes.withDeleted(session, () -> session.find(Topic.class, deleted.getId())), false)))
                .isInstanceOf(RestoreConflictException.class);
    }
}
