// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.readme.softdelete;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.hibernate.exception.ConstraintViolationException;
import org.junit.jupiter.api.Test;

import dev.hibernatepack.mixins.SoftDeletes;
import dev.hibernatepack.testing.HibernateTest;
import dev.hibernatepack.testing.SessionFactoryScope;

/** What the README's soft delete example does, line by line. */
@HibernateTest(entities = {Post.class, Comment.class})
class SoftDeleteReadmeIT {

    private static Post postWithComments(SessionFactoryScope scope, String slug) {
        return scope.fromTransaction(session -> {
            Post post = new Post();
            post.updateFromMap(Map.of("slug", slug));
            session.persist(post);
            session.persist(new Comment(post, "first"));
            session.persist(new Comment(post, "second"));
            return post;
        });
    }

    private static long liveComments(SessionFactoryScope scope) {
        return scope.fromTransaction(session -> session.createQuery("select count(*) from Comment", Long.class).getSingleResult());
    }

    private static long rows(SessionFactoryScope scope, String table) {
        return scope.fromTransaction(session -> ((Number) session.createNativeQuery("select count(*) from " + table, Object.class)
                .getSingleResult()).longValue());
    }

    @Test
    void removeIsAnUpdateAndTheDeletedPostIsHiddenExceptInTheScopes(SessionFactoryScope scope) {
        long id = postWithComments(scope, "hello").getId();
        scope.sql().clear();

        List<Post> seen = scope.fromTransaction(session -> {
            Post post = session.find(Post.class, id);
            session.remove(post);                            // an UPDATE of the post (is_deleted, deleted_at, ...) and of its comments
            Post gone = session.find(Post.class, id);        // null
            Post deletedPost = SoftDeletes.withDeleted(session, () -> session.find(Post.class, id));   // the deleted post
            List<Post> trash = SoftDeletes.onlyDeleted(session, () -> session.createQuery("from Post", Post.class).getResultList());

            assertThat(gone).isNull();
            assertThat(deletedPost).isSameAs(post);
            assertThat(deletedPost.isDeleted()).isTrue();
            return trash;
        });

        assertThat(seen).extracting(Post::getId).containsExactly(id);
        assertThat(scope.sql().deletes()).as("never a DELETE").isEmpty();
        assertThat(scope.sql().updates()).filteredOn(sql -> sql.toLowerCase().startsWith("update post "))
                .singleElement().asString().contains("is_deleted=?", "deleted_at=?");
        assertThat(scope.sql().updates()).filteredOn(sql -> sql.toLowerCase().startsWith("update comment "))
                .hasSize(2).allSatisfy(sql -> assertThat(sql).contains("is_deleted=?", "deleted_at=?"));
        assertThat(rows(scope, "Post")).isEqualTo(1);
        assertThat(liveComments(scope)).isZero();
    }

    @Test
    void restoreRevivesThePostAndTheCommentsDeletedWithIt(SessionFactoryScope scope) {
        long id = postWithComments(scope, "hello").getId();
        scope.inTransaction(session -> session.remove(session.find(Post.class, id)));

        scope.inTransaction(session -> {
            Post deletedPost = SoftDeletes.withDeleted(session, () -> session.find(Post.class, id));
            SoftDeletes.restore(session, deletedPost, true); // the post and the comments deleted with it
        });

        Post restored = scope.fromTransaction(session -> session.find(Post.class, id));
        assertThat(restored).isNotNull();
        assertThat(liveComments(scope)).isEqualTo(2);
    }

    @Test
    void hardDeleteRemovesForGoodAndPurgeRemovesRowsDeletedLongAgo(SessionFactoryScope scope) {
        long id = postWithComments(scope, "hello").getId();
        long old = postWithComments(scope, "old").getId();
        long recent = postWithComments(scope, "recent").getId();
        scope.inTransaction(session -> {
            session.remove(session.find(Post.class, id));
            session.remove(session.find(Post.class, old));
            session.remove(session.find(Post.class, recent));
        });
        scope.inTransaction(session -> {
            session.createNativeMutationQuery("delete from Comment where post_id = ?1").setParameter(1, old).executeUpdate();
            session.createNativeMutationQuery("update Post set deleted_at = ?1 where id = ?2")
                    .setParameter(1, Instant.now().minus(Duration.ofDays(31))).setParameter(2, old).executeUpdate();
        });

        scope.inTransaction(session -> {
            Post deletedPost = SoftDeletes.withDeleted(session, () -> session.find(Post.class, id));
            SoftDeletes.hardDelete(session, deletedPost);    // DELETE, for good
            SoftDeletes.purge(session, Post.class, Instant.now().minus(Duration.ofDays(30)));  // retention
        });

        List<Long> left = scope.fromTransaction(session -> SoftDeletes.withDeleted(session,
                () -> session.createQuery("select id from Post", Long.class).getResultList()));
        assertThat(left).containsExactly(recent);
    }

    @Test
    void aSlugIsUniqueAmongLiveRowsOnly(SessionFactoryScope scope) {
        Post first = postWithComments(scope, "same");
        assertThatThrownBy(() -> postWithComments(scope, "same")).isInstanceOfSatisfying(ConstraintViolationException.class,
                e -> assertThat(e.getKind()).isEqualTo(ConstraintViolationException.ConstraintKind.UNIQUE));

        scope.inTransaction(session -> session.remove(session.find(Post.class, first.getId())));
        assertThat(postWithComments(scope, "same").getId()).as("the deleted row's slug is free again").isNotEqualTo(first.getId());
    }
}
