// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.readme.jakartadata;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import jakarta.data.Order;
import jakarta.data.page.Page;
import jakarta.data.page.PageRequest;

import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;

import dev.hibernatepack.mixins.SoftDeletes;
import dev.hibernatepack.readme.Readme;
import dev.hibernatepack.testing.HibernateTest;
import dev.hibernatepack.testing.SessionFactoryScope;

/**
 * The README's Jakarta Data section: the repository interface (the blog example's, line for line)
 * implemented by hibernate-processor, constructed on a stateless session and used as written there.
 */
@HibernateTest(entities = {Post.class, User.class})
class JakartaDataReadmeIT {

    @Test
    void theGeneratedRepositoryRunsOnAStatelessSessionWithThePacksRules(SessionFactoryScope scope) {
        SessionFactory sessionFactory = scope.sessionFactory();
        User author = scope.fromStatelessTransaction(session -> {
            User user = new User("ada");
            session.insert(user);
            return user;
        });

        sessionFactory.inStatelessTransaction(session -> {
            Posts posts = new Posts_(session);
            Post post = posts.insert(new Post(author, "Hello, World!", "..."));   // slug "hello-world", created_at, updated_at
            Page<Post> page = posts.byAuthor(author, PageRequest.ofSize(20), Order.by(_Post.title.asc()));
            posts.deleteById(post.getId());                                       // an UPDATE of is_deleted, deleted_at, updated_at
            Optional<Post> gone = posts.findById(post.getId());                   // empty
            Optional<Post> deleted = SoftDeletes.withDeleted(session, () -> posts.findById(post.getId()));   // the deleted post

            assertThat(post.getSlug()).isEqualTo("hello-world");
            assertThat(post.getCreatedAt()).isNotNull();
            assertThat(post.getUpdatedAt()).isNotNull();
            assertThat(page.content()).extracting(Post::getTitle).containsExactly("Hello, World!");
            assertThat(gone).isEmpty();
            assertThat(deleted).hasValueSatisfying(row -> {
                assertThat(row.isDeleted()).isTrue();
                assertThat(row.getDeletedAt()).isNotNull();
            });
            assertThat(posts.titlesBy("ada")).isEmpty();
            assertThat(posts.session()).isSameAs(session);
        });
        assertThat(scope.sql().deletes()).as("the delete was soft").isEmpty();
    }

    @Test
    void theReadmesRepositoryIsTheBlogExamplesLineForLine() throws IOException {
        Readme.Block block = Readme.blockStartingWith("@Repository");
        String example = Files.readString(Readme.root().resolve(
                Path.of("examples", "blog", "src", "main", "java", "dev", "hibernatepack", "examples", "blog", "Posts.java")));
        for (Readme.Paragraph paragraph : block.paragraphs()) {
            assertThat(Readme.appearsIn(paragraph.text(), example))
                    .as("README line %d appears in examples/blog's Posts.java:%n%s", paragraph.line(), paragraph.text()).isTrue();
        }
    }
}
