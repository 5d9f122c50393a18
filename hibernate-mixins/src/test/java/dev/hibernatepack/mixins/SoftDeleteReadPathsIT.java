// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.mixins;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import dev.hibernatepack.mixins.testmodel.Attachment;
import dev.hibernatepack.mixins.testmodel.Comment;
import dev.hibernatepack.mixins.testmodel.Post;
import dev.hibernatepack.mixins.testmodel.Tag;
import dev.hibernatepack.mixins.testmodel.Writer;
import dev.hibernatepack.monitoring.QueryCounts;
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

        // Loaded by Hibernate's cached by-id loader, hidden after loading: one plain select.
        Post found = QueryCounts.assertSelects(1, () -> scope.fromSession(session -> session.find(Post.class, f.post())));

        assertThat(found != null).isEqualTo(state.visible());
        assertThat(scope.sql().selects()).singleElement().asString().doesNotContain("deleted_at is null");
    }

    /** A reference names one row and resolves to it, deleted or not; the instance says which. */
    @ParameterizedTest
    @EnumSource(State.class)
    void getReference(State state, SessionFactoryScope scope) {
        Fixture f = fixture(scope);
        putIn(scope, Post.class, f.post(), state);

        scope.inSession(session -> {
            Post reference = session.getReference(Post.class, f.post());
            assertThat(reference.getTitle()).isEqualTo("Title");
            assertThat(reference.isDeleted()).isEqualTo(!state.visible());
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
     * The to-one policy: a to-one association names one row and always resolves to it, deleted or
     * not, lazily or fetched; the target reports isDeleted(). Hiding it would mean either reading
     * null, which a later flush would write over the foreign key, or failing every read of a live
     * row whose parent was deleted (a comment whose author left).
     */
    @ParameterizedTest
    @EnumSource(State.class)
    void lazyToOne(State state, SessionFactoryScope scope) {
        Fixture f = fixture(scope);
        putIn(scope, Writer.class, f.writer(), state);

        scope.inSession(session -> {
            Writer writer = session.find(Post.class, f.post()).getWriter();
            assertThat(writer.getName()).isEqualTo("Ada");
            assertThat(writer.isDeleted()).isEqualTo(!state.visible());
        });
    }

    @ParameterizedTest
    @EnumSource(State.class)
    void joinFetchedToOne(State state, SessionFactoryScope scope) {
        Fixture f = fixture(scope);
        putIn(scope, Writer.class, f.writer(), state);

        List<Post> posts = scope.fromSession(session ->
                session.createSelectionQuery("from Post p join fetch p.writer", Post.class).getResultList());

        assertThat(posts).singleElement().satisfies(post -> {
            assertThat(post.getWriter().getName()).isEqualTo("Ada");
            assertThat(post.getWriter().isDeleted()).isEqualTo(!state.visible());
        });
        assertThat(scope.sql().selects()).singleElement().asString().contains("deleted_at is null");
    }

    /** Queried as a root, the same writer is hidden while deleted. */
    @ParameterizedTest
    @EnumSource(State.class)
    void toOneTargetQueriedDirectly(State state, SessionFactoryScope scope) {
        Fixture f = fixture(scope);
        putIn(scope, Writer.class, f.writer(), state);

        List<Writer> writers = scope.fromSession(session ->
                session.createSelectionQuery("from Writer", Writer.class).getResultList());

        assertThat(writers).hasSize(state.visible() ? 1 : 0);
    }

    @ParameterizedTest
    @EnumSource(State.class)
    void statelessSession(State state, SessionFactoryScope scope) {
        Fixture f = fixture(scope);
        putIn(scope, Post.class, f.post(), state);

        scope.inStatelessTransaction(session -> {
            assertThat(session.createSelectionQuery("from Post", Post.class).getResultList()).hasSize(state.visible() ? 1 : 0);
            assertThat(session.get(Post.class, f.post()) != null).isEqualTo(state.visible());
        });
        assertThat(scope.sql().selects()).first().asString().contains("deleted_at is null");
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
