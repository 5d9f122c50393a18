// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.mixins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.hibernatepack.mixins.testmodel.Attachment;
import dev.hibernatepack.mixins.testmodel.BadSoftDeletable;
import dev.hibernatepack.mixins.testmodel.Comment;
import dev.hibernatepack.mixins.testmodel.Post;
import dev.hibernatepack.mixins.testmodel.Tag;
import dev.hibernatepack.mixins.testmodel.UniqueOnPlain;
import dev.hibernatepack.mixins.testmodel.Writer;
import dev.hibernatepack.testing.SessionFactoryScope;
import dev.hibernatepack.testing.TestDatabase;
import dev.hibernatepack.testing.TestSessionFactories;

/** Boots its own factories: some must fail, one runs with the module switched off. */
class SoftDeleteMappingIT {

    private static final List<Class<?>> BLOG = List.of(Post.class, Comment.class, Attachment.class, Tag.class, Writer.class);

    @BeforeEach
    void skipWhenTheDatabaseIsMissing() {
        TestDatabase.current().assumeAvailable();
    }

    @Test
    void aSoftDeletableEntityWithoutDeletedFlagFailsBoot() {
        assertThatThrownBy(() -> TestSessionFactories.open(List.of(BadSoftDeletable.class), Map.of(), "bad-soft-delete"))
                .satisfies(e -> assertThat(rootMessage(e)).isEqualTo(BadSoftDeletable.class.getName()
                        + " implements SoftDeletable but has no attribute annotated @DeletedFlag (a boolean);"
                        + " annotate one, or extend SoftDeletableEntity"));
    }

    @Test
    void uniqueWhileActiveOnAnEntityThatIsNotSoftDeletableFailsBoot() {
        assertThatThrownBy(() -> TestSessionFactories.open(List.of(UniqueOnPlain.class), Map.of(), "unique-on-plain"))
                .satisfies(e -> assertThat(rootMessage(e)).isEqualTo("@UniqueWhileActive on " + UniqueOnPlain.class.getName()
                        + " needs the entity to be SoftDeletable (extend SoftDeletableEntity or implement SoftDeletable)"));
    }

    @Test
    void switchedOffTheModuleLeavesPlainHibernate() {
        try (SessionFactoryScope scope = TestSessionFactories.open(BLOG, Map.of(MixinsSettings.ENABLED, "false"), "soft-delete-off")) {
            Post post = new Post("Title", "off");
            scope.inTransaction(session -> session.persist(post));

            scope.inTransaction(session -> session.remove(session.find(Post.class, post.getId())));

            assertThat(scope.sql().deletes()).anySatisfy(sql -> assertThat(sql).startsWith("delete from posts"));
            assertThat(scope.sessionFactory().getDefinedFilterNames()).doesNotContain(SoftDeletes.HIDE_DELETED_FILTER);
            scope.inSession(session -> assertThat(SoftDeletes.withDeleted(session, () -> 1)).isEqualTo(1));
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage();
    }
}
