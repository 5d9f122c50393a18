// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.audit.testmodel;

import java.util.List;

import jakarta.data.repository.CrudRepository;
import jakarta.data.repository.Delete;
import jakarta.data.repository.Find;
import jakarta.data.repository.Query;
import jakarta.data.repository.Repository;

import org.hibernate.StatelessSession;

/** A Jakarta Data repository of notes; hibernate-processor generates {@code Notes_}, which runs on a StatelessSession. */
@Repository
public interface Notes extends CrudRepository<Note, Long> {

    /** The session the repository runs on. */
    StatelessSession session();

    @Find
    List<Note> byTitle(String title);

    @Query("where title like :pattern order by id")
    List<Note> titled(String pattern);

    @Delete
    void deleteByTitle(String title);
}
