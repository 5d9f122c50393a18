// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.repository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoMoreInteractions;
import static org.mockito.Mockito.when;

import org.hibernate.Session;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.hibernatepack.repository.testmodel.Note;

/**
 * A repository unit test with a Mockito-mocked {@link Session}, as users write them for their
 * own repositories' logic: {@link SessionSource#of} runs the repository on the mock, no
 * database. (Whether the SQL is right is for tests against a real database, like RepositoryIT.)
 */
class RepositoryUnitTest {

    /** A custom repository: one method of its own, the rest inherited. */
    static class NoteRepository extends BaseRepository<Note, Long> {

        NoteRepository(SessionSource source) {
            super(source, Note.class);
        }

        /** The note's text, or a placeholder: logic worth a unit test. */
        String textOrPlaceholder(long id) {
            return findById(id).map(Note::getText).orElse("(no note " + id + ")");
        }
    }

    private Session session;
    private NoteRepository notes;

    @BeforeEach
    void mockSession() {
        session = mock(Session.class);
        notes = new NoteRepository(SessionSource.of(session));
    }

    @Test
    void findByIdAsksTheSessionAndWrapsAbsenceInAnEmptyOptional() {
        when(session.find(Note.class, 1L)).thenReturn(new Note("hello"));

        assertThat(notes.textOrPlaceholder(1L)).isEqualTo("hello");
        assertThat(notes.textOrPlaceholder(2L)).isEqualTo("(no note 2)");
        verify(session).find(Note.class, 1L);
        verify(session).find(Note.class, 2L);
        verifyNoMoreInteractions(session);
    }

    @Test
    void getByIdOfAMissingRowThrowsTheTypedNotFound() {
        assertThatThrownBy(() -> notes.getById(7L)).isInstanceOfSatisfying(RecordNotFoundException.class, e -> {
            assertThat(e.id()).isEqualTo(7L);
            assertThat(e.operation()).contains("Note.getById(id=7)");
        });
    }

    @Test
    void deleteByIdRemovesWhatItFoundAndReportsAMissingRow() {
        Note note = new Note("bye");
        when(session.find(Note.class, 3L)).thenReturn(note);

        assertThat(notes.deleteById(3L)).isTrue();
        assertThat(notes.deleteById(4L)).isFalse();
        verify(session).remove(note);
    }

    @Test
    void aDatabaseFailureOnTheMockArrivesTyped() {
        when(session.find(Note.class, 5L)).thenThrow(new org.hibernate.exception.JDBCConnectionException("gone",
                new java.sql.SQLException("connection refused", "08001")));

        assertThatThrownBy(() -> notes.findById(5L)).isInstanceOf(DatabaseUnavailableException.class)
                .hasMessageContaining("Note.findById(id=5)");
    }
}
