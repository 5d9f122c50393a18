// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.mixins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.hibernatepack.mixins.testmodel.Attachment;
import dev.hibernatepack.mixins.testmodel.Comment;
import dev.hibernatepack.mixins.testmodel.Post;
import dev.hibernatepack.mixins.testmodel.Tag;
import dev.hibernatepack.mixins.testmodel.Writer;
import dev.hibernatepack.testing.HibernateTest;
import dev.hibernatepack.testing.SessionFactoryScope;

@HibernateTest(entities = {Post.class, Comment.class, Attachment.class, Tag.class, Writer.class})
class SoftDeleteScopesIT {

    private Long alive;
    private Long deleted;

    @BeforeEach
    void oneAliveOneDeleted(SessionFactoryScope scope) {
        Post a = new Post("Alive", "alive");
        Post d = new Post("Deleted", "deleted");
        scope.inTransaction(session -> {
            session.persist(a);
            session.persist(d);
        });
        scope.inTransaction(session -> session.remove(session.find(Post.class, d.getId())));
        alive = a.getId();
        deleted = d.getId();
    }

    private static List<Long> ids(EntityManager em) {
        return em.createQuery("select p.id from Post p order by p.id", Long.class).getResultList();
    }

    @Test
    void withDeletedShowsDeletedRowsForTheCallOnlyInASession(SessionFactoryScope scope) {
        scope.inSession(session -> {
            assertThat(SoftDeletes.withDeleted(session, () -> ids(session))).containsExactly(alive, deleted);
            assertThat(SoftDeletes.withDeleted(session, () -> session.find(Post.class, deleted))).isNotNull();
            assertThat(ids(session)).containsExactly(alive);
            session.clear();
            assertThat(session.find(Post.class, deleted)).isNull();
        });
    }

    @Test
    void withDeletedAndOnlyDeletedWorkOnAPlainEntityManager(SessionFactoryScope scope) {
        EntityManager em = scope.sessionFactory().createEntityManager();
        try {
            assertThat(SoftDeletes.withDeleted(em, () -> ids(em))).containsExactly(alive, deleted);
            assertThat(SoftDeletes.onlyDeleted(em, () -> ids(em))).containsExactly(deleted);
            assertThat(ids(em)).containsExactly(alive);
        } finally {
            em.close();
        }
    }

    @Test
    void onlyDeletedQueriesReturnTheTrash(SessionFactoryScope scope) {
        List<Post> trash = scope.fromSession(session -> SoftDeletes.onlyDeleted(session,
                () -> session.createSelectionQuery("from Post", Post.class).getResultList()));

        assertThat(trash).singleElement().satisfies(post -> {
            assertThat(post.getId()).isEqualTo(deleted);
            assertThat(post.isDeleted()).isTrue();
        });
    }

    @Test
    void aFailingScopeStillRestoresWhatTheSessionSaw(SessionFactoryScope scope) {
        scope.inSession(session -> {
            assertThatThrownBy(() -> SoftDeletes.withDeleted(session, () -> {
                throw new IllegalStateException("boom");
            })).hasMessage("boom");
            assertThat(ids(session)).containsExactly(alive);
        });
    }

    @Test
    void nestedScopesRestoreTheOuterView(SessionFactoryScope scope) {
        scope.inSession(session -> SoftDeletes.withDeleted(session, () -> {
            assertThat(SoftDeletes.onlyDeleted(session, () -> ids(session))).containsExactly(deleted);
            assertThat(ids(session)).containsExactly(alive, deleted);
        }));
    }

    @Test
    void aScopeNeverReachesTheNextUnitOfWork(SessionFactoryScope scope) {
        scope.inSession(session -> SoftDeletes.withDeleted(session, () -> {
            assertThat(ids(session)).hasSize(2);
        }));

        assertThat(scope.fromSession(SoftDeleteScopesIT::ids)).containsExactly(alive);
        scope.inStatelessTransaction(session -> {
            assertThat(session.createSelectionQuery("select p.id from Post p", Long.class).getResultList()).containsExactly(alive);
        });
    }

    @Test
    void aScopeNeverReachesAnotherThread(SessionFactoryScope scope) throws Exception {
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch checked = new CountDownLatch(1);
        CompletableFuture<List<Long>> seenInside = CompletableFuture.supplyAsync(() -> scope.fromSession(session ->
                SoftDeletes.withDeleted(session, () -> {
                    inside.countDown();
                    await(checked);
                    return ids(session);
                })));

        assertThat(inside.await(10, TimeUnit.SECONDS)).isTrue();
        List<Long> seenByOther = scope.fromSession(SoftDeleteScopesIT::ids);
        checked.countDown();

        assertThat(seenByOther).containsExactly(alive);
        assertThat(seenInside.get(10, TimeUnit.SECONDS)).containsExactly(alive, deleted);
    }

    @Test
    void disablingTheFilterByHandIsTheSameAsWithDeleted(SessionFactoryScope scope) {
        scope.inSession(session -> {
            session.disableFilter(SoftDeletes.HIDE_DELETED_FILTER);
            assertThat(ids(session)).containsExactly(alive, deleted);
        });
    }

    @Test
    void statelessScopes(SessionFactoryScope scope) {
        scope.inStatelessTransaction(session -> {
            var query = "select p.id from Post p order by p.id";
            assertThat(SoftDeletes.withDeleted(session, () -> session.createSelectionQuery(query, Long.class).getResultList()))
                    .containsExactly(alive, deleted);
            assertThat(SoftDeletes.onlyDeleted(session, () -> session.createSelectionQuery(query, Long.class).getResultList()))
                    .containsExactly(deleted);
            assertThat(session.createSelectionQuery(query, Long.class).getResultList()).containsExactly(alive);
        });
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("timed out");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
