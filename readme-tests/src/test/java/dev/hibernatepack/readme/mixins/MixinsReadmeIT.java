// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.readme.mixins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.hibernate.Hibernate;
import org.junit.jupiter.api.Test;

import dev.hibernatepack.mixins.InvalidAttributesException;
import dev.hibernatepack.mixins.Password;
import dev.hibernatepack.testing.HibernateTest;
import dev.hibernatepack.testing.SessionFactoryScope;

/** What the README's hibernate-mixins section says of BaseEntity, its own timestamps and passwords. */
@HibernateTest(entities = {Post.class, User.class, Invoice.class, Account.class})
class MixinsReadmeIT {

    private static long postWithAuthor(SessionFactoryScope scope) {
        return scope.fromTransaction(session -> {
            User author = new User("Ann");
            session.persist(author);
            Post post = new Post();
            post.updateFromMap(Map.of("title", "Hello", "editorNotes", "fire the editor"));
            session.persist(post);
            session.flush();
            session.createMutationQuery("update Post set author = :author where id = :id")
                    .setParameter("author", author).setParameter("id", post.getId()).executeUpdate();
            return post.getId();
        });
    }

    @Test
    void toMapAndToStringLeaveOutSensitiveValuesAndNeverLoadTheAuthor(SessionFactoryScope scope) {
        long id = postWithAuthor(scope);
        scope.inTransaction(session -> {
            Post post = session.find(Post.class, id);
            scope.sql().clear();

            Map<String, Object> map = post.toMap();
            String text = post.toString();

            assertThat(map).containsEntry("id", id).containsEntry("title", "Hello").doesNotContainKey("editorNotes");
            assertThat(map.keySet()).first().isEqualTo("id");
            assertThat(map.get("author")).as("the author's id").isInstanceOf(Long.class);
            assertThat(text).startsWith("Post(id=" + id).contains("title=Hello").doesNotContain("fire the editor");
            assertThat(scope.sql().statements()).as("nothing loaded").isEmpty();
        });
    }

    @Test
    void updateFromMapConvertsStringsAndIsAllOrNothing(SessionFactoryScope scope) {
        long id = postWithAuthor(scope);
        scope.inTransaction(session -> {
            Post post = session.find(Post.class, id);
            post.updateFromMap(Map.of("title", "New title", "status", "PUBLISHED", "views", "42"));
            assertThat(post.toMap()).containsEntry("title", "New title").containsEntry("status", Status.PUBLISHED)
                    .containsEntry("views", 42);

            assertThatThrownBy(() -> post.updateFromMap(Map.of("title", "Other", "views", "4.5", "id", "7", "nope", "x")))
                    .isInstanceOfSatisfying(InvalidAttributesException.class,
                            e -> assertThat(e.getProblems()).containsOnlyKeys("views", "id", "nope"));
            assertThat(post.toMap()).as("left exactly as it was").containsEntry("title", "New title").containsEntry("views", 42);
        });
        Map<String, Object> stored = scope.fromTransaction(session -> session.find(Post.class, id).toMap());
        assertThat(stored).containsEntry("title", "New title").containsEntry("status", Status.PUBLISHED).containsEntry("views", 42);
    }

    @Test
    void equalWhenSameClassAndIdAndEqualToAProxyWithoutInitializingIt(SessionFactoryScope scope) {
        Post post = new Post();
        Set<Post> set = new HashSet<>(Set.of(post));
        scope.inTransaction(session -> session.persist(post));
        assertThat(set).as("still findable after persist gave it an id").contains(post);

        scope.inTransaction(session -> {
            Post proxy = session.getReference(Post.class, post.getId());
            assertThat(post.equals(proxy)).isTrue();
            assertThat(post.hashCode()).isEqualTo(new Post().hashCode());
            assertThat(Hibernate.isInitialized(proxy)).isFalse();
            assertThat(post).isNotEqualTo(new Post());
        });
    }

    @Test
    void ownTimestampsAreWrittenOnInsertAndUpdatedOnlyOnARealChange(SessionFactoryScope scope) {
        scope.inTransaction(session -> session.persist(new Invoice("2024-001", "ACME")));
        Invoice inserted = scope.fromTransaction(session -> session.find(Invoice.class, "2024-001"));
        assertThat(inserted.getCreatedAt()).isNotNull().isEqualTo(inserted.getUpdatedAt());

        scope.sql().clear();
        scope.inTransaction(session -> session.find(Invoice.class, "2024-001"));
        assertThat(scope.sql().updates()).as("a flush that changes nothing").isEmpty();

        scope.inTransaction(session -> session.find(Invoice.class, "2024-001").setCustomer("Globex"));
        assertThat(scope.sql().updates()).singleElement().asString().contains("changed_at").doesNotContain("issued_at");
        Invoice updated = scope.fromTransaction(session -> session.find(Invoice.class, "2024-001"));
        assertThat(updated.getCreatedAt()).isEqualTo(inserted.getCreatedAt());
        assertThat(updated.getUpdatedAt()).isAfterOrEqualTo(inserted.getUpdatedAt());
    }

    @Test
    void aPasswordIsHashedChecksAndIsUpgradedOnItsNextSuccessfulCheck(SessionFactoryScope scope) {
        char[] raw = "correct horse".toCharArray();
        Account account = new Account();
        account.setPassword(raw);
        assertThat(raw).as("wiped").containsOnly('\0');
        assertThat(account.password().iterations()).isEqualTo(Password.DEFAULT_ITERATIONS);
        assertThat(account.toMap()).doesNotContainKey("password");
        assertThat(account.toString()).doesNotContain("pbkdf2");
        scope.inTransaction(session -> session.persist(account));

        // A hash made with fewer iterations, as after raising the cost.
        scope.inTransaction(session -> session.createMutationQuery("update Account set password = :p where id = :id")
                .setParameter("p", Password.hash("correct horse".toCharArray(), 1_000))
                .setParameter("id", account.getId()).executeUpdate());
        scope.sql().clear();
        scope.inTransaction(session -> assertThat(session.find(Account.class, account.getId())
                .checkPassword("wrong".toCharArray())).isFalse());
        assertThat(scope.sql().updates()).as("no update after a wrong password").isEmpty();

        scope.inTransaction(session -> assertThat(session.find(Account.class, account.getId())
                .checkPassword("correct horse".toCharArray())).isTrue());
        assertThat(scope.sql().updates()).as("the stronger hash, saved with the entity").hasSize(1);
        Account reloaded = scope.fromTransaction(session -> session.find(Account.class, account.getId()));
        assertThat(reloaded.password().iterations()).isEqualTo(Password.DEFAULT_ITERATIONS);
        assertThat(reloaded.checkPassword("correct horse".toCharArray())).isTrue();
    }
}
