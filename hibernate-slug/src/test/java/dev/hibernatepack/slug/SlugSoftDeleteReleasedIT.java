// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.slug;

import static dev.hibernatepack.slug.SlugSoftDeleteIT.persist;
import static dev.hibernatepack.slug.SlugSoftDeleteIT.softDelete;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.hibernatepack.mixins.SoftDeletes;
import dev.hibernatepack.slug.testmodel.Note;
import dev.hibernatepack.testing.HibernateTest;
import dev.hibernatepack.testing.SessionFactoryScope;
import dev.hibernatepack.testing.Setting;

/** With {@link SlugSettings#RESERVE_DELETED} off, new rows take the slugs soft-deleted rows had. */
@HibernateTest(entities = Note.class, settings = @Setting(name = SlugSettings.RESERVE_DELETED, value = "false"))
class SlugSoftDeleteReleasedIT {

    @Test
    void newRowsReuseTheSlugsOfSoftDeletedRows(SessionFactoryScope scope) {
        Note first = persist(scope, "Topic");
        Note second = persist(scope, "Topic");
        softDelete(scope, first);
        softDelete(scope, second);
        scope.sql().clear();

        Note reused = persist(scope, "Topic");
        Note next = persist(scope, "Topic");

        assertThat(List.of(first.getSlug(), second.getSlug())).containsExactly("topic", "topic-2");
        assertThat(reused.getSlug()).isEqualTo("topic");
        assertThat(next.getSlug()).isEqualTo("topic-2"); // the deleted topic-2 does not count
        assertThat(scope.sql().statements()).anyMatch(sql -> sql.startsWith("select") && sql.contains("deleted_at is null"));
    }

    @Test
    void aRestoredRowKeepsItsSlugUnlessALiveRowTookIt(SessionFactoryScope scope) {
        Note taken = persist(scope, "Release notes");
        Note kept = persist(scope, "Quiet one");
        softDelete(scope, taken);
        softDelete(scope, kept);
        Note newcomer = persist(scope, "Release notes");

        scope.inTransaction(session -> {
            SoftDeletes.restore(session, SoftDeletes.withDeleted(session, () -> session.find(Note.class, taken.getId())), false);
            SoftDeletes.restore(session, SoftDeletes.withDeleted(session, () -> session.find(Note.class, kept.getId())), false);
        });

        assertThat(newcomer.getSlug()).isEqualTo("release-notes");
        List<String> slugs = scope.fromTransaction(session -> List.of(session.find(Note.class, taken.getId()).getSlug(),
                session.find(Note.class, kept.getId()).getSlug(), session.find(Note.class, newcomer.getId()).getSlug()));
        assertThat(slugs).containsExactly("release-notes-2", "quiet-one", "release-notes");
    }
}
