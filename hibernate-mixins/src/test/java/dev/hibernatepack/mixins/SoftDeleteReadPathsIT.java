// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.mixins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import jakarta.persistence.PersistenceException;

import org.hibernate.EntityFilterException;
import org.hibernate.Hibernate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import dev.hibernatepack.mixins.testmodel.Attachment;
import dev.hibernatepack.mixins.testmodel.Comment;
import dev.hibernatepack.mixins.testmodel.Post;
import dev.hibernatepack.mixins.testmodel.Tag;
import dev.hibernatepack.mixins.testmodel.Writer;
import dev.hibernatepack.testing.HibernateTest;
import dev.hibernatepack.testing.SessionFactoryScope;

/**
 * Every read path against a row that is alive, soft-deleted, or deleted and restored: the row is
 * seen exactly when it is not deleted, and the SQL carries the filter.
 */
@HibernateTest(entities = {Post.class, Comment.class, Attachment.class, Tag.class, Writer.class})
class SoftDeleteReadPathsIT {

    enum State {
        ALIVE, DELETED, RESTORED;

        boolean visible() {
            return this != DELETED;
        }
    }

    /** One alive post with a writer, a comment and a tag; the given subject is then put in the state. */
    private record Fixture(Long post, Long writer, Long comment, Long tag) {
    }

    private static Fixture fixture(SessionFactoryScope scope) {
        return scope.fromTransaction(session -> {
            Writer writer = new Writer("Ada");
            Tag tag = new Tag("java");
            Post post = new Post("Title", "read-paths");
            post.setWriter(writer);
            post.getTags().add(tag);
            Comment comment = post.addComment("nice");
            session.persist(writer);
            session.persist(tag);
            session.persist(post);
            return new Fixture(post.getId(), writer.getId(), comment.getId(), tag.getId());
        });
    }

    private static void putIn(SessionFactoryScope scope, Class<? extends SoftDeletable> type, Long id, State state) {
        if (state != State.ALIVE) {
            scope.inTransaction(session -> session.remove(session.find(type, id)));
        }
        if (state == State.RESTORED) {
            scope.inTransaction(session -> SoftDeletes.restore(session,
                    SoftDeletes.withDeleted(session, () -> session.find(type, id)), false));
        }
        scope.sql().clear();
    }

    @ParameterizedTest
    @EnumSource(State.class)
    void find(State state, SessionFactoryScope scope) {
        Fixture f = fixture(scope);
        putIn(scope, Post.class, f.post(), state);

        Post found = scope.fromSession(session -> session.find(Post.class, f.post()));

        assertThat(found != null).isEqualTo(state.visible());
        assertThat(scope.sql().selects()).first().asString().contains("deleted_at is null");
    }

    @ParameterizedTest
    @EnumSource(State.class)
    void getReference(State state, SessionFactoryScope scope) {
        Fixture f = fixture(scope);
        putIn(scope, Post.class, f.post(), state);

        scope.inSession(session -> {
            Post reference = session.getReference(Post.class, f.post());
            if (state.visible()) {
                assertThat(reference.getTitle()).isEqualTo("Title");
            } else {
                assertThatThrownBy(() -> Hibernate.initialize(reference))
                        .isInstanceOf(PersistenceException.class)
                        .hasMessageContaining("No row with the given identifier exists");
            }
        });
    }

    @ParameterizedTest
    @EnumSource(State.class)
    void hqlQuery(State state, SessionFactoryScope scope) {
        Fixture f = fixture(scope);
        putIn(scope, Post.class, f.post(), state);

        List<Post> found = scope.fromSession(session -> session.createSelectionQuery("from Post", Post.class).getResultList());

        assertThat(found).hasSize(state.visible() ? 1 : 0);
        assertThat(scope.sql().selects()).singleElement().asString().contains("deleted_at is null");
    }

    @ParameterizedTest
    @EnumSource(State.class)
    void criteriaQuery(State state, SessionFactoryScope scope) {
        Fixture f = fixture(scope);
        putIn(scope, Post.class, f.post(), state);

        List<Post> found = scope.fromSession(session -> {
            var builder = session.getCriteriaBuilder();
            var query = builder.createQuery(Post.class);
            var root = query.from(Post.class);
            query.select(root).where(builder.equal(root.get("slug"), "read-paths"));
            return session.createSelectionQuery(query).getResultList();
        });

        assertThat(found).hasSize(state.visible() ? 1 : 0);
        assertThat(scope.sql().selects()).singleElement().asString().contains("deleted_at is null");
    }

    @ParameterizedTest
    @EnumSource(State.class)
    void oneToManyCollection(State state, SessionFactoryScope scope) {
        Fixture f = fixture(scope);
        putIn(scope, Comment.class, f.comment(), state);

        List<Long> comments = scope.fromSession(session ->
                session.find(Post.class, f.post()).getComments().stream().map(Comment::getId).toList());

        assertThat(comments).isEqualTo(state.visible() ? List.of(f.comment()) : List.of());
        assertThat(scope.sql().selects()).last().asString().contains("from comments").contains("deleted_at is null");
    }

    @ParameterizedTest
    @EnumSource(State.class)
    void manyToManyCollection(State state, SessionFactoryScope scope) {
        Fixture f = fixture(scope);
        putIn(scope, Tag.class, f.tag(), state);

        List<Long> tags = scope.fromSession(session ->
                session.find(Post.class, f.post()).getTags().stream().map(Tag::getId).toList());

        assertThat(tags).isEqualTo(state.visible() ? List.of(f.tag()) : List.of());
        assertThat(scope.sql().selects()).last().asString().contains("post_tags").contains("deleted_at is null");
    }

    @ParameterizedTest
    @EnumSource(State.class)
    void joinFetchedCollection(State state, SessionFactoryScope scope) {
        Fixture f = fixture(scope);
        putIn(scope, Comment.class, f.comment(), state);

        List<Comment> comments = scope.fromSession(session -> session.createSelectionQuery(
                "from Post p left join fetch p.comments where p.id = :id", Post.class)
                .setParameter("id", f.post()).getSingleResult().getComments());

        assertThat(comments).hasSize(state.visible() ? 1 : 0);
    }

    /**
     * The to-one policy: a live row pointing at a deleted one is an inconsistency, reported
     * instead of silently reading null (which a later flush would write over the foreign key): a
     * lazy reference fails when first used, as for a missing row, naming entity and id. Read such
     * references inside withDeleted, where the deleted target loads and says it is deleted.
     */
    @ParameterizedTest
    @EnumSource(State.class)
    void lazyToOne(State state, SessionFactoryScope scope) {
        Fixture f = fixture(scope);
        putIn(scope, Writer.class, f.writer(), state);

        scope.inSession(session -> {
            Post post = session.find(Post.class, f.post());
            if (state.visible()) {
                assertThat(post.getWriter().getName()).isEqualTo("Ada");
            } else {
                assertThatThrownBy(() -> post.getWriter().getName())
                        .isInstanceOf(PersistenceException.class)
                        .hasMessageContaining("No row with the given identifier exists")
                        .hasMessageContaining(Writer.class.getName());
            }
        });
        scope.inSession(session -> SoftDeletes.withDeleted(session, () -> {
            Writer writer = session.find(Post.class, f.post()).getWriter();
            assertThat(writer.getName()).isEqualTo("Ada");
            assertThat(writer.isDeleted()).isEqualTo(!state.visible());
        }));
    }

    @ParameterizedTest
    @EnumSource(State.class)
    void joinFetchedToOne(State state, SessionFactoryScope scope) {
        Fixture f = fixture(scope);
        putIn(scope, Writer.class, f.writer(), state);

        scope.inSession(session -> {
            var query = session.createSelectionQuery("from Post p join fetch p.writer", Post.class);
            if (state.visible()) {
                assertThat(query.getResultList()).singleElement().extracting(p -> p.getWriter().getName()).isEqualTo("Ada");
            } else {
                // The inner join drops the post whose writer is hidden, as SQL would.
                assertThat(query.getResultList()).isEmpty();
            }
        });
    }

    /** Fetched eagerly, the same inconsistency is Hibernate's EntityFilterException, naming the association. */
    @ParameterizedTest
    @EnumSource(State.class)
    void leftJoinFetchedToOne(State state, SessionFactoryScope scope) {
        Fixture f = fixture(scope);
        putIn(scope, Writer.class, f.writer(), state);

        scope.inSession(session -> {
            var query = session.createSelectionQuery("from Post p left join fetch p.writer", Post.class);
            if (state.visible()) {
                assertThat(query.getResultList()).singleElement().extracting(p -> p.getWriter().getName()).isEqualTo("Ada");
            } else {
                assertThatThrownBy(query::getResultList)
                        .isInstanceOf(EntityFilterException.class)
                        .hasMessageContaining(Writer.class.getName())
                        .hasMessageContaining("writer");
            }
        });
    }

    @ParameterizedTest
    @EnumSource(State.class)
    void statelessSession(State state, SessionFactoryScope scope) {
        Fixture f = fixture(scope);
        putIn(scope, Post.class, f.post(), state);

        scope.inStatelessTransaction(session -> {
            SoftDeletes.hideDeleted(session);
            assertThat(session.get(Post.class, f.post()) != null).isEqualTo(state.visible());
            assertThat(session.createSelectionQuery("from Post", Post.class).getResultList()).hasSize(state.visible() ? 1 : 0);
        });
        assertThat(scope.sql().selects()).allSatisfy(sql -> assertThat(sql).contains("deleted_at is null"));
    }

    @ParameterizedTest
    @EnumSource(State.class)
    void nativeSqlIsNeverFiltered(State state, SessionFactoryScope scope) {
        Fixture f = fixture(scope);
        putIn(scope, Post.class, f.post(), state);

        List<?> rows = scope.fromSession(session -> session.createNativeQuery("select id from posts", Object.class).getResultList());

        assertThat(rows).hasSize(1);
    }
}
