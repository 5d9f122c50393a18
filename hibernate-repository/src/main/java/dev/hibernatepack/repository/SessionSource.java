// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.repository;

import java.util.Objects;
import java.util.function.Function;

import jakarta.persistence.EntityManager;

import org.hibernate.Session;

import dev.hibernatepack.mixins.spi.HibernateObjects;
import dev.hibernatepack.repository.internal.ErrorTranslation;

/**
 * Where a {@link BaseRepository} gets its session. A {@link Database} is one: a repository method
 * joins the transaction of {@link Database#inTransaction} running on the calling thread, and
 * outside one runs in a transaction of its own (reads in a read-only one). {@link #of(EntityManager)}
 * is the other: the session or container-managed {@code EntityManager} the application (Jakarta
 * EE, Spring) already manages, transactions included.
 */
public interface SessionSource {

    /**
     * Runs {@code work}, which only reads, in a session and returns its result; failures arrive
     * as the typed {@link DatabaseException}s, described with {@code operation}.
     *
     * @param operation what is being done, for the error and its log line ({@code "Post.findAll"})
     */
    <R> R read(String operation, Function<? super Session, R> work);

    /** As {@link #read}, for work that writes. */
    <R> R write(String operation, Function<? super Session, R> work);

    /**
     * A source that runs all work in {@code entityManager}: a {@code Session} (or a container's
     * proxy of one, each call passed on), or an {@code EntityManager} Hibernate provides (or a
     * container's proxy of one: Hibernate's session behind it is looked up at each call, so a CDI
     * or Spring proxy finds the current request's or transaction's). The caller begins, commits
     * and rolls back; a failure is translated, described and logged here, and rethrown for the
     * caller to roll back.
     */
    static SessionSource of(EntityManager entityManager) {
        Objects.requireNonNull(entityManager, "entityManager must not be null");
        return new SessionSource() {
            @Override
            public <R> R read(String operation, Function<? super Session, R> work) {
                return write(operation, work);
            }

            @Override
            public <R> R write(String operation, Function<? super Session, R> work) {
                Session session = entityManager instanceof Session own ? own : HibernateObjects.session(entityManager);
                try {
                    return work.apply(session);
                } catch (RuntimeException | Error failure) {
                    throw Failures.report(ErrorTranslation.translate(failure), operation);
                }
            }
        };
    }
}
