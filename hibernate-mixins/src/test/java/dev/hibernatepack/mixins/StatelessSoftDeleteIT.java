// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.mixins;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.hibernate.StatelessSession;
import org.hibernate.query.Page;
import org.junit.jupiter.api.Test;

import dev.hibernatepack.mixins.testmodel.Attachment;
import dev.hibernatepack.mixins.testmodel.Comment;
import dev.hibernatepack.mixins.testmodel.Post;
import dev.hibernatepack.mixins.testmodel.Tag;
import dev.hibernatepack.mixins.testmodel.Writer;
import dev.hibernatepack.testing.HibernateTest;
import dev.hibernatepack.testing.SessionFactoryScope;

/**
 * A stateless session (the session of Jakarta Data repositories) sees what a {@code Session}
 * sees, with no call by the user: deleted rows are left out of queries and {@code get} returns
 * {@code null} for them, while references still resolve and the scopes still switch the view.
 */
@HibernateTest(entities = {Post.class, Comment.class, Attachment.class, Tag.class, Writer.class})
class StatelessSoftDeleteIT {

    private record Posts(Long alive, Long deleted, Long aliveComment, Long deletedComment) {
    }

    /** Two posts, one soft-deleted, each with one comment; the live post also has a deleted comment. */
    private static Posts posts(SessionFactoryScope scope) {
        Posts posts = scope.fromTransaction(session -> {
            Post alive = new Post("Alive", "alive-" + System.nanoTime());
            Post deleted = new Post("Deleted", "deleted-" + System.nanoTime());
            Comment kept = alive.addComment("kept");
            Comment removed = alive.addComment("removed");
            deleted.addComment("on a deleted post");
            session.persist(alive);
            session.persist(deleted);
            session.flush();
            session.remove(deleted);
            session.remove(removed);
            return new Posts(alive.getId(), deleted.getId(), kept.getId(), removed.getId());
        });
        scope.sql().clear();
        return posts;
    }

    private static List<Long> ids(StatelessSession session, String hql) {
        return session.createSelectionQuery(hql, Long.class).getResultList();
    }

    @Test
    void queriesOfANewStatelessSessionLeaveDeletedRowsOut(SessionFactoryScope scope) {
        Posts p = posts(scope);

        scope.inStatelessTransaction(session -> {
            assertThat(session.createSelectionQuery("from Post where id in (:ids)", Post.class)
                    .setParameter("ids", List.of(p.alive(), p.deleted())).getResultList())
                    .extracting(Post::getId).containsExactly(p.alive());
            assertThat(ids(session, "select count(p) from Post p where p.id in (" + p.alive() + ", " + p.deleted() + ")"))
                    .containsExactly(1L);
            var builder = session.getCriteriaBuilder();
            var criteria = builder.createQuery(Post.class);
            var root = criteria.from(Post.class);
            criteria.where(root.get("id").in(p.alive(), p.deleted()));
            assertThat(session.createQuery(criteria).getResultList()).extracting(Post::getId).containsExactly(p.alive());
        });
        assertThat(scope.sql().selects()).allSatisfy(sql -> assertThat(sql).contains("deleted_at is null"));
    }

    @Test
    void pagedAndOrderedQueriesCountOnlyLiveRows(SessionFactoryScope scope) {
        Posts p = posts(scope);

        scope.inStatelessTransaction(session -> {
            var query = session.createSelectionQuery("from Post where id in (:ids) order by id desc", Post.class)
                    .setParameter("ids", List.of(p.alive(), p.deleted()));
            assertThat(query.setPage(Page.first(10)).getResultList()).extracting(Post::getId).containsExactly(p.alive());
            assertThat(query.getResultCount()).isEqualTo(1);
        });
    }

    @Test
    void getOfADeletedRowIsNullAsFindInASession(SessionFactoryScope scope) {
        Posts p = posts(scope);

        scope.inStatelessTransaction(session -> {
            assertThat(session.get(Post.class, p.deleted())).isNull();
            assertThat(session.get(Post.class, p.alive())).isNotNull();
            assertThat(session.getMultiple(Post.class, List.of(p.alive(), p.deleted())))
                    .extracting(post -> post == null ? null : post.getId()).containsExactly(p.alive(), null);
            assertThat(SoftDeletes.withDeleted(session, () -> session.get(Post.class, p.deleted())).isDeleted()).isTrue();
        });
        scope.inTransaction(session -> assertThat(session.find(Post.class, p.deleted())).isNull());
    }

    @Test
    void referencesStillResolveToADeletedParent(SessionFactoryScope scope) {
        Long orphan = scope.fromTransaction(session -> {
            Post post = new Post("Parent", "parent-" + System.nanoTime());
            Comment comment = post.addComment("outlives its post");
            session.persist(post);
            session.flush();
            // The post alone is deleted (no cascade through a bulk update): its comment stays alive
            session.createMutationQuery("update Post set deleted = true, deletedAt = :now where id = :id")
                    .setParameter("now", java.time.Instant.now()).setParameter("id", post.getId()).executeUpdate();
            return comment.getId();
        });

        scope.inStatelessTransaction(session -> {
            Comment fetched = session.createSelectionQuery("from Comment c join fetch c.post where c.id = :id", Comment.class)
                    .setParameter("id", orphan).getSingleResult();
            assertThat(fetched.getPost().isDeleted()).isTrue();

            Comment loaded = session.get(Comment.class, orphan);
            session.fetch(loaded.getPost());
            assertThat(loaded.getPost().isDeleted()).isTrue();
        });
    }

    @Test
    void collectionsFetchedInAStatelessSessionLeaveDeletedChildrenOut(SessionFactoryScope scope) {
        Posts p = posts(scope);

        scope.inStatelessTransaction(session -> {
            Post post = session.get(Post.class, p.alive());
            session.fetch(post.getComments());
            assertThat(post.getComments()).extracting(Comment::getId).containsExactly(p.aliveComment());
        });
    }

    @Test
    void scopesSwitchTheViewOfAStatelessSessionAndPutItBack(SessionFactoryScope scope) {
        Posts p = posts(scope);
        String both = "select p.id from Post p where p.id in (" + p.alive() + ", " + p.deleted() + ") order by p.id";

        scope.inStatelessTransaction(session -> {
            assertThat(SoftDeletes.withDeleted(session, () -> ids(session, both))).containsExactly(p.alive(), p.deleted());
            assertThat(SoftDeletes.onlyDeleted(session, () -> ids(session, both))).containsExactly(p.deleted());
            assertThat(ids(session, both)).containsExactly(p.alive());
        });
    }

    /** Hibernate caches a query's plan only for sessions without enabled filters: no view may leak into another. */
    @Test
    void theSameQueryInEveryKindOfSessionSeesItsOwnView(SessionFactoryScope scope) {
        Posts p = posts(scope);
        String both = "select p.id from Post p where p.id in (" + p.alive() + ", " + p.deleted() + ") order by p.id";
        List<Long> hidden = List.of(p.alive());
        List<Long> all = List.of(p.alive(), p.deleted());

        for (int round = 0; round < 2; round++) {
            List<Long> statelessFirst = scope.fromStatelessTransaction(session -> ids(session, both));
            List<Long> sessionWithDeleted = scope.fromSession(session -> SoftDeletes.withDeleted(session,
                    () -> session.createSelectionQuery(both, Long.class).getResultList()));
            List<Long> statelessWithDeleted = scope.fromStatelessTransaction(
                    session -> SoftDeletes.withDeleted(session, () -> ids(session, both)));
            List<Long> sessionFilterOff = scope.fromSession(session -> {
                session.disableFilter(SoftDeletes.HIDE_DELETED_FILTER);
                return session.createSelectionQuery(both, Long.class).getResultList();
            });
            List<Long> statelessAgain = scope.fromStatelessTransaction(session -> ids(session, both));
            List<Long> sessionDefault = scope.fromSession(session -> session.createSelectionQuery(both, Long.class).getResultList());

            assertThat(statelessFirst).isEqualTo(hidden);
            assertThat(sessionWithDeleted).isEqualTo(all);
            assertThat(statelessWithDeleted).isEqualTo(all);
            assertThat(sessionFilterOff).isEqualTo(all);
            assertThat(statelessAgain).isEqualTo(hidden);
            assertThat(sessionDefault).isEqualTo(hidden);
        }
    }

    @Test
    void aStatelessSessionHidesDeletedRowsWhateverItDoesFirst(SessionFactoryScope scope) {
        Posts p = posts(scope);
        Long[] ids = {p.alive(), p.deleted()};
        String both = "select p.id from Post p where p.id in (" + p.alive() + ", " + p.deleted() + ")";

        // First a plan Hibernate may have cached, then a get, then a collection: all hide.
        List<Long> first = scope.fromStatelessTransaction(session -> ids(session, both));
        assertThat(first).containsExactly(p.alive());
        scope.inStatelessTransaction(session -> {
            assertThat(ids(session, both)).containsExactly(p.alive());
            assertThat(Arrays.stream(ids).map(id -> session.get(Post.class, id)).filter(java.util.Objects::nonNull))
                    .extracting(Post::getId).containsExactly(p.alive());
        });
    }

    private static Object[] commentRow(SessionFactoryScope scope, Long id) {
        return scope.fromSession(session -> (Object[]) session.createNativeQuery(
                "select is_deleted, deleted_at, updated_at, created_at from comments where id = :id", Object[].class)
                .setParameter("id", id).getSingleResult());
    }

    /** A Jakarta Data deleteById or @Delete by parameters is a bulk delete: in a stateless session it soft-deletes. */
    @Test
    void aBulkDeleteInAStatelessSessionSoftDeletesTheRows(SessionFactoryScope scope) {
        Posts p = posts(scope);
        Object[] before = commentRow(scope, p.aliveComment());

        int hql = scope.fromStatelessTransaction(session -> session.createMutationQuery("delete from Comment where id = :id")
                .setParameter("id", p.aliveComment()).executeUpdate());

        assertThat(hql).isEqualTo(1);
        assertThat(scope.sql().deletes()).isEmpty();
        Object[] after = commentRow(scope, p.aliveComment());
        assertThat(after[0]).isEqualTo(true);
        assertThat(after[1]).isNotNull();
        assertThat(after[2]).isNotEqualTo(before[2]);
        assertThat(after[3]).isEqualTo(before[3]);
        Comment gone = scope.fromStatelessTransaction(session -> session.get(Comment.class, p.aliveComment()));
        assertThat(gone).isNull();

        // Deleting it again finds no live row and leaves its deletion time alone
        int again = scope.fromStatelessTransaction(session -> {
            var builder = session.getCriteriaBuilder();
            var delete = builder.createCriteriaDelete(Comment.class);
            var root = delete.from(Comment.class);
            delete.where(builder.equal(root.get("id"), p.aliveComment()));
            return session.createMutationQuery(delete).executeUpdate();
        });
        assertThat(again).isZero();
        assertThat(commentRow(scope, p.aliveComment())[1]).isEqualTo(after[1]);
    }

    /** Hibernate's bulk delete removes an entity's collection-table rows first: those would be lost. */
    @Test
    void aStatelessBulkDeleteOfAnEntityOwningCollectionTablesIsRefusedAndChangesNothing(SessionFactoryScope scope) {
        Posts p = posts(scope);

        scope.inStatelessTransaction(session -> org.assertj.core.api.Assertions.assertThatThrownBy(() ->
                session.createMutationQuery("delete from Post where id = :id").setParameter("id", p.alive()).executeUpdate())
                .isInstanceOf(BulkDeleteRefusedException.class)
                .hasMessageContaining("would first delete the rows of").hasMessageContaining("delete(entity)"));

        Post kept = scope.fromStatelessTransaction(session -> session.get(Post.class, p.alive()));
        assertThat(kept).isNotNull();
    }

    @Test
    void purgeInAStatelessSessionStillRemovesRowsForGood(SessionFactoryScope scope) {
        Posts p = posts(scope);

        int purged = scope.fromStatelessTransaction(session -> SoftDeletes.purge(session, Comment.class,
                java.time.Instant.now().plusSeconds(3600)));

        assertThat(purged).isGreaterThanOrEqualTo(1);
        Comment purgedComment = scope.fromStatelessTransaction(session -> SoftDeletes.withDeleted(session,
                () -> session.get(Comment.class, p.deletedComment())));
        assertThat(purgedComment).isNull();
    }

    /** A CDI client proxy of a stateless session (how Jakarta EE injects one) delegates every call, unwrap included. */
    @Test
    void scopesWorkOnAProxyOfTheStatelessSession(SessionFactoryScope scope) {
        Posts p = posts(scope);
        String both = "select p.id from Post p where p.id in (" + p.alive() + ", " + p.deleted() + ") order by p.id";

        scope.inStatelessTransaction(real -> {
            StatelessSession proxy = (StatelessSession) java.lang.reflect.Proxy.newProxyInstance(getClass().getClassLoader(),
                    new Class<?>[] {StatelessSession.class}, (self, method, args) -> {
                        try {
                            return method.invoke(real, args);
                        } catch (java.lang.reflect.InvocationTargetException e) {
                            throw e.getCause();
                        }
                    });
            assertThat(SoftDeletes.withDeleted(proxy, () -> ids(proxy, both))).containsExactly(p.alive(), p.deleted());
            assertThat(SoftDeletes.onlyDeleted(proxy, () -> ids(proxy, both))).containsExactly(p.deleted());
            assertThat(ids(proxy, both)).containsExactly(p.alive());
        });
    }
}
