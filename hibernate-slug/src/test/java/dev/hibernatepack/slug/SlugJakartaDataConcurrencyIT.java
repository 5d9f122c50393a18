// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.slug;

import static dev.hibernatepack.slug.SlugConcurrencyIT.concurrently;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.hibernatepack.slug.data.Entries_;
import dev.hibernatepack.slug.data.Posts_;
import dev.hibernatepack.slug.testmodel.Blog;
import dev.hibernatepack.slug.testmodel.Entry;
import dev.hibernatepack.slug.testmodel.Post;
import dev.hibernatepack.testing.HibernateTest;
import dev.hibernatepack.testing.SessionFactoryScope;
import dev.hibernatepack.testing.Setting;

/**
 * What {@link SlugConcurrencyIT} promises for Sessions, through Jakarta Data repositories: threads
 * each with its own stateless session write the same title at once, every row gets its own slug,
 * no caller sees an error.
 */
@HibernateTest(entities = {Post.class, Blog.class, Entry.class}, settings = {
        @Setting(name = "hibernate.connection.pool_size", value = "9")})
class SlugJakartaDataConcurrencyIT {

    private static final int THREADS = 8;
    private static final int ROWS_PER_THREAD = 100;

    @Test
    void threadsInsertingTheSameTitleThroughTheirOwnRepositoriesGetDistinctSlugs(SessionFactoryScope scope) throws Exception {
        List<String> slugs = Collections.synchronizedList(new ArrayList<>());

        List<Throwable> failures = concurrently(THREADS, ROWS_PER_THREAD, () -> slugs.add(scope.fromStatelessTransaction(
                session -> new Posts_(session).insert(new Post("Breaking: the same title!")).getSlug())));

        assertThat(failures).isEmpty();
        assertThat(slugs).hasSize(THREADS * ROWS_PER_THREAD).doesNotHaveDuplicates()
                .allMatch(slug -> slug.matches("breaking-the-same-title(-[1-9][0-9]*)?"));
        List<String> stored = scope.fromStatelessTransaction(session -> new Posts_(session).findAll().map(Post::getSlug).toList());
        assertThat(new HashSet<>(stored)).hasSize(THREADS * ROWS_PER_THREAD).containsExactlyInAnyOrderElementsOf(slugs);
    }

    @Test
    void concurrentInsertAllsOfManyRowsKeepEverySlugDistinctWithinTheScope(SessionFactoryScope scope) throws Exception {
        Long blogId = scope.fromTransaction(session -> {
            Blog blog = new Blog("news");
            session.persist(blog);
            return blog.getId();
        });

        List<Throwable> failures = concurrently(4, 10, () -> scope.inStatelessTransaction(session -> {
            Blog blog = session.get(Blog.class, blogId);
            List<Entry> entries = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                entries.add(new Entry(blog, "Daily digest"));
            }
            new Entries_(session).insertAll(entries);
        }));

        assertThat(failures).isEmpty();
        List<String> stored = scope.fromTransaction(session -> session.createSelectionQuery("select slug from Entry", String.class)
                .getResultList());
        assertThat(stored).hasSize(400).doesNotHaveDuplicates();
    }
}
