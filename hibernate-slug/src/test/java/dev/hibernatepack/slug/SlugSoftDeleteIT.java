// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.slug;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import dev.hibernatepack.mixins.SoftDeletes;
import dev.hibernatepack.slug.testmodel.Note;
import dev.hibernatepack.testing.HibernateTest;
import dev.hibernatepack.testing.SessionFactoryScope;

/** Slugs of soft-deleted rows: kept reserved by default, free for new rows when the setting says so. */
@HibernateTest(entities = Note.class)
class SlugSoftDeleteIT {

    static Note persist(SessionFactoryScope scope, String title) {
        return SlugEntityIT.persisted(scope, new Note(title));
    }

    static void softDelete(SessionFactoryScope scope, Note note) {
        scope.inTransaction(session -> session.remove(session.find(Note.class, note.getId())));
    }

    @Test
    void aSoftDeletedRowKeepsItsSlugSoItCanBeRestored(SessionFactoryScope scope) {
        Note deleted = persist(scope, "Meeting notes");
        softDelete(scope, deleted);

        Note next = persist(scope, "Meeting notes");

        assertThat(next.getSlug()).isEqualTo("meeting-notes-2");
        scope.inTransaction(session -> SoftDeletes.restore(session,
                SoftDeletes.withDeleted(session, () -> session.find(Note.class, deleted.getId())), false));
        scope.inTransaction(session -> assertThat(Slugs.findBySlug(session, Note.class, "meeting-notes").orElseThrow()
                .entity().getId()).isEqualTo(deleted.getId()));
    }

    @Test
    void findBySlugDoesNotFindSoftDeletedRows(SessionFactoryScope scope) {
        Note note = persist(scope, "Gone");
        softDelete(scope, note);

        scope.inTransaction(session -> assertThat(Slugs.findBySlug(session, Note.class, "gone")).isEmpty());
    }
}
