// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.readme.repository;

import dev.hibernatepack.repository.BaseRepository;
import dev.hibernatepack.repository.SessionSource;

/** A repository with logic of its own, worth a unit test. */
public class NoteRepository extends BaseRepository<Note, Long> {

    public NoteRepository(SessionSource source) {
        super(source, Note.class);
    }

    /** The note's text, or a placeholder. */
    public String textOrPlaceholder(long id) {
        return findById(id).map(Note::getText).orElse("(no note " + id + ")");
    }
}
