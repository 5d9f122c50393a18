// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.mixins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.hibernate.exception.ConstraintViolationException;
import org.junit.jupiter.api.Test;

import dev.hibernatepack.mixins.testmodel.Attachment;
import dev.hibernatepack.mixins.testmodel.Comment;
import dev.hibernatepack.mixins.testmodel.Note;
import dev.hibernatepack.mixins.testmodel.Post;
import dev.hibernatepack.mixins.testmodel.Tag;
import dev.hibernatepack.mixins.testmodel.Writer;
import dev.hibernatepack.testing.HibernateTest;
import dev.hibernatepack.testing.SessionFactoryScope;

/** Unique keys that only live rows must respect: a partial index on PostgreSQL, generated columns on H2. */
@HibernateTest(entities = {Post.class, Comment.class, Attachment.class, Tag.class, Writer.class, Note.class})
class UniqueWhileActiveIT {

    private static Post save(SessionFactoryScope scope, String slug) {
        Post post = new Post("Title", slug);
        scope.inTransaction(session -> session.persist(post));
        return post;
    }

    private static void softDelete(SessionFactoryScope scope, Post post) {
        scope.inTransaction(session -> session.remove(session.find(Post.class, post.getId())));
    }

    @Test
    void aKeyHeldByADeletedRowCanBeUsedAgain(SessionFactoryScope scope) {
        Post first = save(scope, "hello");
        softDelete(scope, first);

        Post second = save(scope, "hello");
        softDelete(scope, second);
        Post third = save(scope, "hello");

        assertThat(third.getId()).isNotNull();
        assertThat(scope.<Long>fromSession(session -> SoftDeletes.withDeleted(session,
                () -> session.createSelectionQuery("select count(p) from Post p where p.slug = 'hello'", Long.class)
                        .getSingleResult()))).isEqualTo(3L);
    }

    @Test
    void aSecondLiveDuplicateViolatesTheNamedIndex(SessionFactoryScope scope) {
        save(scope, "taken");

        assertThatThrownBy(() -> save(scope, "taken"))
                .isInstanceOf(ConstraintViolationException.class)
                .satisfies(e -> {
                    var violation = (ConstraintViolationException) e;
                    assertThat(violation.getKind()).isEqualTo(ConstraintViolationException.ConstraintKind.UNIQUE);
                    assertThat(violation.getConstraintName()).containsIgnoringCase("ux_posts_slug_active");
                });
        assertThat(scope.<Long>fromSession(session -> session.createSelectionQuery("select count(p) from Post p", Long.class)
                .getSingleResult())).isEqualTo(1L);
    }

    @Test
    void twoConcurrentTransactionsCannotBothTakeALiveKey(SessionFactoryScope scope) throws Exception {
        var first = scope.sessionFactory().openSession();
        try {
            first.beginTransaction();
            first.persist(new Post("First", "race"));
            first.flush(); // the row is written, not committed
            // The second transaction runs while the first is open; whether the database makes it
            // wait for the first or sees the commit, it must fail on the index.
            CompletableFuture<Void> second = CompletableFuture.runAsync(() -> save(scope, "race"));
            first.getTransaction().commit();

            assertThatThrownBy(() -> second.get(30, TimeUnit.SECONDS))
                    .isInstanceOf(ExecutionException.class)
                    .cause().isInstanceOf(ConstraintViolationException.class);
        } finally {
            first.close();
        }
        assertThat(scope.<Long>fromSession(session -> session.createSelectionQuery("select count(p) from Post p", Long.class)
                .getSingleResult())).isEqualTo(1L);
    }

    @Test
    void restoringARowWhoseKeyIsTakenFailsClearlyAndChangesNothing(SessionFactoryScope scope) {
        Post old = save(scope, "reused");
        softDelete(scope, old);
        Post current = save(scope, "reused");

        scope.inTransaction(session -> {
            Post deleted = SoftDeletes.withDeleted(session, () -> session.find(Post.class, old.getId()));
            assertThatThrownBy(() -> SoftDeletes.restore(session, deleted, true))
                    .isInstanceOf(RestoreConflictException.class)
                    .hasMessageContaining("nothing was changed")
                    .hasMessageContaining(Post.class.getName() + "#" + old.getId() + " (slug=reused)");
            assertThat(deleted.isDeleted()).isTrue();
        });

        assertThat(scope.<Boolean>fromSession(session -> SoftDeletes.withDeleted(session,
                () -> session.find(Post.class, old.getId()).isDeleted()))).isTrue();
        assertThat(scope.<Post>fromSession(session -> session.find(Post.class, current.getId()))).isNotNull();
    }

    @Test
    void restoringWhenTheKeyIsFreeAgainWorks(SessionFactoryScope scope) {
        Post old = save(scope, "free");
        softDelete(scope, old);
        Post current = save(scope, "free");
        softDelete(scope, current);

        scope.inTransaction(session -> SoftDeletes.restore(session,
                SoftDeletes.withDeleted(session, () -> session.find(Post.class, old.getId())), false));

        assertThat(scope.<Post>fromSession(session -> session.find(Post.class, old.getId()))).isNotNull();
    }

    @Test
    void anIndexWithItsOwnNameOnCustomColumns(SessionFactoryScope scope) {
        Note first = new Note("n-1");
        scope.inTransaction(session -> session.persist(first));
        scope.inTransaction(session -> session.remove(session.find(Note.class, first.getId())));
        scope.inTransaction(session -> session.persist(new Note("n-1")));

        assertThatThrownBy(() -> scope.inTransaction(session -> session.persist(new Note("n-1"))))
                .isInstanceOf(ConstraintViolationException.class)
                .satisfies(e -> assertThat(((ConstraintViolationException) e).getConstraintName()).containsIgnoringCase("notes_code_live"));
    }
}
