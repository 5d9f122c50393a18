// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.repository.cdiapp;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import dev.hibernatepack.repository.BaseRepository;
import dev.hibernatepack.repository.SessionSource;
import dev.hibernatepack.repository.testmodel.Note;

/** {@code @Singleton} is not a bean-defining annotation: in an archive with annotated discovery, this is no bean. */
@Singleton
public class SingletonNoteRepository extends BaseRepository<Note, Long> {

    @Inject
    public SingletonNoteRepository(SessionSource source) {
        super(source, Note.class);
    }
}
