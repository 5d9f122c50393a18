// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.readme.repository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import org.hibernate.Session;
import org.junit.jupiter.api.Test;

import dev.hibernatepack.repository.SessionSource;

/** The README's unit test of a repository's own logic, on a mocked session. */
class NoteRepositoryTest {

    @Test
    void aRepositorysOwnLogicRunsOnAMockedSession() {
        Session session = mock(Session.class);
        NoteRepository notes = new NoteRepository(SessionSource.of(session));
        when(session.find(Note.class, 1L)).thenReturn(new Note("hello"));

        assertThat(notes.textOrPlaceholder(1L)).isEqualTo("hello");
        assertThat(notes.textOrPlaceholder(2L)).isEqualTo("(no note 2)");
        verify(session).find(Note.class, 2L);
    }
}
