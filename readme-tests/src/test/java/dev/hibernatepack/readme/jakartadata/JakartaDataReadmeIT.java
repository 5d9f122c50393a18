// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.readme.jakartadata;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
 * The README's Jakarta Data section: the repository interfaces (the blog example's, line for line)
 * implemented by hibernate-processor, constructed on a stateless session and used as written there.
 */
@HibernateTest(entities = {Post.class, Comment.class, User.class})
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
            Comments comments = new Comments_(session);
            Post post = posts.insert(new Post(author, "Hello, World!", "..."));   // slug "hello-world", created_at, updated_at
            comments.insert(post.addComment("First!"));
            Page<Post> page = posts.byAuthor(author, PageRequest.ofSize(20), Order.by(_Post.title.asc()));
            comments.deleteByPost(post.getId());                                  // no cascade in a stateless session: comments first
            posts.delete(post);                                                   // an UPDATE of is_deleted, deleted_at, updated_at
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
            assertThat(comments.byPost(post)).isEmpty();
            assertThat(SoftDeletes.onlyDeleted(session, () -> comments.byPost(post))).extracting(Comment::getText)
                    .containsExactly("First!");
            assertThat(posts.titlesBy("ada")).isEmpty();
            assertThat(posts.session()).isSameAs(session);
        });
        assertThat(scope.sql().deletes()).as("the delete was soft").isEmpty();
    }

    @Test
    void theReadmesRepositoriesAreTheBlogExamplesLineForLine() throws IOException {
        Readme.Block block = Readme.blockStartingWith("@Repository");
        Path blog = Readme.root().resolve(Path.of("examples", "blog", "src", "main", "java", "dev", "hibernatepack", "examples", "blog"));
        List<String> examples = List.of(Files.readString(blog.resolve("Posts.java")), Files.readString(blog.resolve("Comments.java")));
        for (Readme.Paragraph paragraph : block.paragraphs()) {
            assertThat(examples).as("README line %d appears in examples/blog's Posts.java or Comments.java:%n%s", paragraph.line(),
                    paragraph.text()).anyMatch(example -> Readme.appearsIn(paragraph.text(), example));
        }
    }
}
