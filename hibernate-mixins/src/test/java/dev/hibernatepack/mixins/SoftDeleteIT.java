// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.mixins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.hibernatepack.mixins.support.TestClock;
import dev.hibernatepack.mixins.testmodel.Attachment;
import dev.hibernatepack.mixins.testmodel.Comment;
import dev.hibernatepack.mixins.testmodel.Doc;
import dev.hibernatepack.mixins.testmodel.Folder;
import dev.hibernatepack.mixins.testmodel.Note;
import dev.hibernatepack.mixins.testmodel.Post;
import dev.hibernatepack.mixins.testmodel.Tag;
import dev.hibernatepack.mixins.testmodel.Writer;
import dev.hibernatepack.monitoring.QueryCounts;
import dev.hibernatepack.testing.HibernateTest;
import dev.hibernatepack.testing.SessionFactoryScope;
import dev.hibernatepack.testing.Setting;

@HibernateTest(entities = {Post.class, Comment.class, Attachment.class, Tag.class, Writer.class, Note.class, Folder.class,
        Doc.class},
        settings = @Setting(name = MixinsSettings.CLOCK, value = "dev.hibernatepack.mixins.support.TestClock"))
class SoftDeleteIT {

    private static final Instant T0 = Instant.parse("2024-05-01T08:00:00Z");

    @BeforeEach
    void freezeClock() {
        TestClock.set(T0);
    }

    private static Post savedPost(SessionFactoryScope scope, String slug, String... comments) {
        Post post = new Post("Title " + slug, slug);
        for (String text : comments) {
            post.addComment(text);
        }
        scope.inTransaction(session -> session.persist(post));
        return post;
    }

    /** The row as stored, read with native SQL, which soft delete never filters. */
    private static Object[] row(SessionFactoryScope scope, String table, Long id) {
        return scope.fromSession(session -> (Object[]) session.createNativeQuery(
                "select is_deleted, deleted_at from " + table + " where id = :id", Object[].class)
                .setParameter("id", id).getSingleResult());
    }

    private static long nativeCount(SessionFactoryScope scope, String table) {
        return scope.<Long>fromSession(session -> ((Number) session.createNativeQuery("select count(*) from " + table, Object.class)
                .getSingleResult()).longValue());
    }

    private static Instant instant(Object value) {
        // MariaDB's driver reads a datetime column as the JVM zone's wall time, as Timestamp does.
        return value instanceof java.sql.Timestamp ts ? ts.toInstant()
                : value instanceof java.time.OffsetDateTime odt ? odt.toInstant()
                : value instanceof java.time.LocalDateTime ldt ? ldt.atZone(java.time.ZoneId.systemDefault()).toInstant()
                : (Instant) value;
    }

    @Test
    void removeIssuesAnUpdateFromThePackClockAndNeverADelete(SessionFactoryScope scope) {
        Post post = savedPost(scope, "hello");
        TestClock.set(T0.plusSeconds(30));
        scope.sql().clear();

        // One select to load it, two for the collections its cascade walks, one update to mark it.
        QueryCounts.assertCounts(3, 0, 1, 0,
                () -> scope.inTransaction(session -> session.remove(session.find(Post.class, post.getId()))));

        assertThat(scope.sql().deletes()).isEmpty();
        assertThat(scope.sql().updates()).singleElement().asString().contains("posts").contains("deleted_at").contains("is_deleted");
        Object[] stored = row(scope, "posts", post.getId());
        assertThat(stored[0]).isEqualTo(true);
        assertThat(instant(stored[1])).isEqualTo(T0.plusSeconds(30));
    }

    @Test
    void persistenceContextAgreesAfterRemoveAndASecondRemoveIsANoOp(SessionFactoryScope scope) {
        Post post = savedPost(scope, "hello");
        scope.sql().clear();

        scope.inTransaction(session -> {
            Post loaded = session.find(Post.class, post.getId());
            session.remove(loaded);
            assertThat(loaded.isDeleted()).isTrue();
            assertThat(loaded.getDeletedAt()).isEqualTo(T0);
            assertThat(session.find(Post.class, post.getId())).isNull();
            TestClock.advanceSeconds(5);
            session.remove(loaded);
            assertThat(loaded.getDeletedAt()).isEqualTo(T0);
            assertThat(session.createSelectionQuery("from Post", Post.class).getResultList()).isEmpty();
        });

        assertThat(scope.sql().updates()).hasSize(1);
        assertThat(instant(row(scope, "posts", post.getId())[1])).isEqualTo(T0);
    }

    @Test
    void cascadesToSoftDeletableChildrenWithTheSameInstantAndLeavesOtherChildrenInPlace(SessionFactoryScope scope) {
        Post post = new Post("Title", "cascade");
        post.addComment("first");
        post.addComment("second");
        Attachment photo = post.addAttachment("photo.png");
        scope.inTransaction(session -> {
            session.persist(post);
            session.persist(photo);
        });

        scope.inTransaction(session -> session.remove(session.find(Post.class, post.getId())));

        for (Comment comment : post.getComments()) {
            Object[] stored = row(scope, "comments", comment.getId());
            assertThat(stored[0]).isEqualTo(true);
            assertThat(instant(stored[1])).isEqualTo(T0);
        }
        assertThat(nativeCount(scope, "attachments")).isEqualTo(1);
        assertThat(scope.sql().deletes()).isEmpty();
    }

    @Test
    void orphanRemovalSoftDeletesTheOrphanOnly(SessionFactoryScope scope) {
        Post post = savedPost(scope, "orphans", "keep", "drop");

        scope.inTransaction(session -> {
            Post loaded = session.find(Post.class, post.getId());
            loaded.getComments().remove(1);
        });

        assertThat(row(scope, "comments", post.getComments().get(1).getId())[0]).isEqualTo(true);
        assertThat(row(scope, "comments", post.getComments().get(0).getId())[0]).isEqualTo(false);
        assertThat(row(scope, "posts", post.getId())[0]).isEqualTo(false);
        assertThat(scope.sql().deletes()).isEmpty();
    }

    @Test
    void softDeleteOnTheEntityTakesDeletedAtFromTheClockOnFlushAndDoesNotCascade(SessionFactoryScope scope) {
        Post post = savedPost(scope, "direct", "child");
        TestClock.set(T0.plusSeconds(90));

        scope.inTransaction(session -> {
            Post loaded = session.find(Post.class, post.getId());
            loaded.softDelete();
            assertThat(loaded.isDeleted()).isTrue();
            assertThat(loaded.getDeletedAt()).isNull();
            session.flush();
            assertThat(loaded.getDeletedAt()).isEqualTo(T0.plusSeconds(90));
        });

        assertThat(instant(row(scope, "posts", post.getId())[1])).isEqualTo(T0.plusSeconds(90));
        assertThat(row(scope, "comments", post.getComments().get(0).getId())[0]).isEqualTo(false);
    }

    @Test
    void restoreRevivesTheRowAndOnRequestExactlyTheChildrenDeletedWithIt(SessionFactoryScope scope) {
        Post post = savedPost(scope, "restore", "deleted earlier", "deleted with post");
        Long earlier = post.getComments().get(0).getId();
        Long together = post.getComments().get(1).getId();
        scope.inTransaction(session -> session.remove(session.find(Comment.class, earlier)));
        TestClock.advanceSeconds(60);
        scope.inTransaction(session -> session.remove(session.find(Post.class, post.getId())));

        scope.inTransaction(session -> SoftDeletes.withDeleted(session, () -> {
            SoftDeletes.restore(session, session.find(Post.class, post.getId()), true);
        }));

        assertThat(row(scope, "posts", post.getId())).containsExactly(false, null);
        assertThat(row(scope, "comments", together)).containsExactly(false, null);
        assertThat(row(scope, "comments", earlier)[0]).isEqualTo(true);
        assertThat(instant(row(scope, "comments", earlier)[1])).isEqualTo(T0);
    }

    @Test
    void restoreWithoutChildrenLeavesThemDeleted(SessionFactoryScope scope) {
        Post post = savedPost(scope, "alone", "child");
        scope.inTransaction(session -> session.remove(session.find(Post.class, post.getId())));

        scope.inTransaction(session -> {
            Post deleted = SoftDeletes.withDeleted(session, () -> session.find(Post.class, post.getId()));
            SoftDeletes.restore(session, deleted, false);
            assertThat(deleted.isDeleted()).isFalse();
        });

        assertThat(row(scope, "posts", post.getId())[0]).isEqualTo(false);
        assertThat(row(scope, "comments", post.getComments().get(0).getId())[0]).isEqualTo(true);
        assertThat(scope.<Post>fromSession(session -> session.find(Post.class, post.getId()))).isNotNull();
    }

    @Test
    void restoreRefusesAnEntityTheSessionDoesNotManage(SessionFactoryScope scope) {
        Post post = savedPost(scope, "detached");
        scope.inTransaction(session -> session.remove(session.find(Post.class, post.getId())));

        scope.inTransaction(session -> assertThatThrownBy(() -> SoftDeletes.restore(session, post, false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not managed by this session"));
    }

    @Test
    void removeOfADetachedEntityIsRefusedAndChangesNothing(SessionFactoryScope scope) {
        Post post = savedPost(scope, "detached-remove");

        scope.inTransaction(session -> assertThatThrownBy(() -> session.remove(post))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Post#" + post.getId()));

        assertThat(post.isDeleted()).isFalse();
        assertThat(row(scope, "posts", post.getId())[0]).isEqualTo(false);
    }

    @Test
    void rollbackLeavesTheRowAlive(SessionFactoryScope scope) {
        Post post = savedPost(scope, "rollback");

        assertThatThrownBy(() -> scope.inTransaction(session -> {
            session.remove(session.find(Post.class, post.getId()));
            session.flush();
            throw new IllegalStateException("boom");
        })).hasMessage("boom");

        assertThat(row(scope, "posts", post.getId())).containsExactly(false, null);
    }

    @Test
    void hardDeleteRemovesTheRowAndItsChildrenDeletedOrNot(SessionFactoryScope scope) {
        Post post = savedPost(scope, "hard", "live child", "deleted child");
        scope.inTransaction(session -> session.remove(session.find(Comment.class, post.getComments().get(1).getId())));
        scope.inTransaction(session -> session.remove(session.find(Post.class, post.getId())));

        scope.inTransaction(session -> SoftDeletes.hardDelete(session,
                SoftDeletes.withDeleted(session, () -> session.find(Post.class, post.getId()))));

        assertThat(nativeCount(scope, "posts")).isZero();
        assertThat(nativeCount(scope, "comments")).isZero();
    }

    @Test
    void removingAParentThatIsNotSoftDeletableDeletesItsSoftDeletableChildrenForGood(SessionFactoryScope scope) {
        Folder folder = new Folder("inbox");
        Doc live = folder.addDoc("live");
        Doc deleted = folder.addDoc("deleted earlier");
        scope.inTransaction(session -> session.persist(folder));
        scope.inTransaction(session -> session.remove(session.find(Doc.class, deleted.getId())));

        scope.inTransaction(session -> session.remove(session.find(Folder.class, folder.getId())));

        assertThat(nativeCount(scope, "folders")).isZero();
        assertThat(nativeCount(scope, "docs")).isZero();
        assertThat(live.getId()).isNotNull();
    }

    @Test
    void preRemoveCallbacksRunForASoftDelete(SessionFactoryScope scope) {
        Folder folder = new Folder("callbacks");
        Doc doc = folder.addDoc("doc");
        scope.inTransaction(session -> session.persist(folder));
        int before = Doc.PRE_REMOVE_CALLS.get();

        scope.inTransaction(session -> session.remove(session.find(Doc.class, doc.getId())));

        assertThat(Doc.PRE_REMOVE_CALLS.get()).isEqualTo(before + 1);
        assertThat(row(scope, "docs", doc.getId())[0]).isEqualTo(true);
    }

    @Test
    void removeInAReadOnlySessionStillSoftDeletes(SessionFactoryScope scope) {
        Post post = savedPost(scope, "read-only");

        scope.inTransaction(session -> {
            session.setDefaultReadOnly(true);
            session.remove(session.find(Post.class, post.getId()));
        });

        assertThat(row(scope, "posts", post.getId())[0]).isEqualTo(true);
    }

    @Test
    void purgeDeletesForGoodOnlyRowsDeletedBeforeTheInstant(SessionFactoryScope scope) {
        Post old = savedPost(scope, "old");
        Post recent = savedPost(scope, "recent");
        Post alive = savedPost(scope, "alive");
        scope.inTransaction(session -> session.remove(session.find(Post.class, old.getId())));
        TestClock.advanceSeconds(3600);
        scope.inTransaction(session -> session.remove(session.find(Post.class, recent.getId())));

        int purged = scope.fromTransaction(session -> SoftDeletes.purge(session, Post.class, T0.plusSeconds(60)));

        assertThat(purged).isEqualTo(1);
        List<Long> left = scope.fromSession(session -> SoftDeletes.withDeleted(session,
                () -> session.createSelectionQuery("select p.id from Post p order by p.id", Long.class).getResultList()));
        assertThat(left).containsExactly(recent.getId(), alive.getId());
    }

    @Test
    void purgeRefusesMissingArgumentsAndDeletesNothing(SessionFactoryScope scope) {
        Post post = savedPost(scope, "kept");
        scope.inTransaction(session -> session.remove(session.find(Post.class, post.getId())));

        scope.inTransaction(session -> {
            assertThatThrownBy(() -> SoftDeletes.purge(session, Post.class, null))
                    .isInstanceOf(NullPointerException.class).hasMessage("deletedBefore must not be null");
            assertThatThrownBy(() -> SoftDeletes.purge(session, null, T0))
                    .isInstanceOf(NullPointerException.class).hasMessage("type must not be null");
        });

        assertThat(nativeCount(scope, "posts")).isEqualTo(1);
    }

    @Test
    void bulkDeleteOfASoftDeletableEntityIsRefusedAndChangesNothing(SessionFactoryScope scope) {
        savedPost(scope, "bulk");

        scope.inTransaction(session -> {
            assertThatThrownBy(() -> session.createMutationQuery("delete from Post where slug = 'bulk'").executeUpdate())
                    .isInstanceOf(BulkDeleteRefusedException.class)
                    .hasMessageContaining("Bulk delete of soft-deletable entity")
                    .hasMessageContaining("update " + Post.class.getName() + " set deleted = true, deletedAt = :now")
                    .hasMessageContaining("SoftDeletes.purge");
            var builder = session.getCriteriaBuilder();
            var delete = builder.createCriteriaDelete(Post.class);
            delete.from(Post.class);
            assertThatThrownBy(() -> session.createMutationQuery(delete).executeUpdate())
                    .isInstanceOf(BulkDeleteRefusedException.class);
        });

        assertThat(nativeCount(scope, "posts")).isEqualTo(1);
    }

    @Test
    void bulkDeleteOfOtherEntitiesStillWorks(SessionFactoryScope scope) {
        Post post = new Post("Title", "files");
        Attachment file = post.addAttachment("a.txt");
        scope.inTransaction(session -> {
            session.persist(post);
            session.persist(file);
        });

        int deleted = scope.fromTransaction(session -> session.createMutationQuery("delete from Attachment").executeUpdate());

        assertThat(deleted).isEqualTo(1);
    }

    @Test
    void statelessDeleteBecomesAnUpdateAndStatelessReadsHideTheRow(SessionFactoryScope scope) {
        Post post = savedPost(scope, "stateless");
        scope.sql().clear();

        scope.inStatelessTransaction(session -> session.delete(session.get(Post.class, post.getId())));

        assertThat(scope.sql().deletes()).isEmpty();
        assertThat(row(scope, "posts", post.getId())[0]).isEqualTo(true);
        scope.inStatelessTransaction(session -> {
            assertThat(session.createSelectionQuery("from Post", Post.class).getResultList()).isEmpty();
            assertThat(session.get(Post.class, post.getId())).isNull();
        });

        scope.inStatelessTransaction(session -> SoftDeletes.hardDelete(session,
                SoftDeletes.withDeleted(session, () -> session.get(Post.class, post.getId()))));
        assertThat(nativeCount(scope, "posts")).isZero();
    }

    @Test
    void anEntityImplementingTheInterfaceWithItsOwnColumnsWorksTheSame(SessionFactoryScope scope) {
        Note note = new Note("n-1");
        scope.inTransaction(session -> session.persist(note));

        scope.inTransaction(session -> session.remove(session.find(Note.class, note.getId())));

        Object[] stored = scope.fromSession(session -> (Object[]) session.createNativeQuery(
                "select removed, removed_on from notes where id = :id", Object[].class).setParameter("id", note.getId()).getSingleResult());
        assertThat(stored[0]).isEqualTo(true);
        assertThat(instant(stored[1])).isEqualTo(T0);
        assertThat(scope.<Note>fromSession(session -> session.find(Note.class, note.getId()))).isNull();

        scope.inTransaction(session -> SoftDeletes.withDeleted(session, () -> session.find(Note.class, note.getId())).restore());
        assertThat(scope.<Note>fromSession(session -> session.find(Note.class, note.getId()))).isNotNull();
    }

    @Test
    void updateFromMapRefusesTheSoftDeleteAttributes(SessionFactoryScope scope) {
        Post post = new Post("Title", "map");

        assertThatThrownBy(() -> post.updateFromMap(java.util.Map.of("deleted", true, "deletedAt", "2024-01-01T00:00:00Z")))
                .isInstanceOf(InvalidAttributesException.class)
                .hasMessageContaining("deleted")
                .hasMessageContaining("deletedAt");
        assertThat(post.isDeleted()).isFalse();
        assertThat(post.toMap()).containsEntry("deleted", false);
    }
}
