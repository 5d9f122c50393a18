// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.repository.cdiapp;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.hibernatepack.repository.BaseRepository;
import dev.hibernatepack.repository.SessionSource;
import dev.hibernatepack.repository.testmodel.Note;

/** A repository as a CDI application writes one: found by annotated discovery, behind a client proxy. */
@ApplicationScoped
public class NoteRepository extends BaseRepository<Note, Long> {

    @Inject
    public NoteRepository(SessionSource source) {
        super(source, Note.class);
    }

    protected NoteRepository() {
    }
}
