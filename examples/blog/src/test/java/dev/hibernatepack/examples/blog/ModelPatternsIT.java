// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.examples.blog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.hibernatepack.mixins.InvalidEmailException;
import dev.hibernatepack.testing.HibernateTest;
import dev.hibernatepack.testing.SessionFactoryScope;

/** The blog's model patterns on H2 and PostgreSQL: computed property, both sides, password, e-mail. */
@HibernateTest(entities = {User.class, Post.class, Comment.class, Tag.class})
class ModelPatternsIT {

    private static Long[] postsWithComments(SessionFactoryScope scope) {
        return scope.fromTransaction(session -> {
            User author = new User("ada", "ada@example.org");
            session.persist(author);
            Post first = new Post(author, "First", "...");
            Post second = new Post(author, "Second", "...");
            session.persist(first);
            session.persist(second);
            session.persist(first.addComment("one"));
            session.persist(first.addComment("two"));
            session.persist(second.addComment("three"));
            return new Long[] {first.getId(), second.getId()};
        });
    }

    @Test
    void theComputedCommentCountWorksInJavaAndInQueries(SessionFactoryScope scope) {
        Long[] ids = postsWithComments(scope);

        Integer count = scope.fromTransaction(session -> session.find(Post.class, ids[0]).getCommentCount());
        List<String> busy = scope.fromTransaction(session -> session.createSelectionQuery(
                "select p.title from Post p where p.commentCount > 1", String.class).getResultList());
        assertThat(count).isEqualTo(2);
        assertThat(busy).containsExactly("First");
    }

    @Test
    void movingACommentChangesBothSidesAndTheDatabase(SessionFactoryScope scope) {
        Long[] ids = postsWithComments(scope);

        scope.inTransaction(session -> {
            Post first = session.find(Post.class, ids[0]);
            Post second = session.find(Post.class, ids[1]);
            Comment moved = first.getComments().get(0);
            second.moveHere(moved);
            assertThat(first.getComments()).doesNotContain(moved);
            assertThat(second.getComments()).contains(moved);
            assertThat(moved.getPost()).isSameAs(second);
            assertThatThrownBy(() -> first.getComments().add(moved)).isInstanceOf(UnsupportedOperationException.class);
        });

        List<Long> counts = scope.fromTransaction(session -> session.createSelectionQuery(
                "select count(c) from Comment c group by c.post.id order by c.post.id", Long.class).getResultList());
        assertThat(counts).containsExactly(1L, 2L);
    }

    @Test
    void aUserChecksItsPasswordAndKeepsAValidAddress(SessionFactoryScope scope) {
        Long id = scope.fromTransaction(session -> {
            User user = new User("grace", " Grace@Example.ORG ");
            user.setPassword("c0bol-Forever".toCharArray());
            session.persist(user);
            return user.getId();
        });

        Boolean right = scope.fromTransaction(session -> session.find(User.class, id).checkPassword("c0bol-Forever".toCharArray()));
        Boolean wrong = scope.fromTransaction(session -> session.find(User.class, id).checkPassword("cobol-forever".toCharArray()));
        String email = scope.fromTransaction(session -> session.find(User.class, id).getEmail());
        assertThat(right).isTrue();
        assertThat(wrong).isFalse();
        assertThat(email).isEqualTo("Grace@example.org");
        assertThatThrownBy(() -> new User("x", "x@localhost")).isInstanceOf(InvalidEmailException.class)
                .hasMessage("The domain needs at least two parts, such as example.org");
    }
}
