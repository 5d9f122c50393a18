// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.slug;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import dev.hibernatepack.slug.testmodel.Blog;
import dev.hibernatepack.slug.testmodel.Entry;
import dev.hibernatepack.slug.testmodel.Post;
import dev.hibernatepack.testing.HibernateTest;
import dev.hibernatepack.testing.SessionFactoryScope;
import dev.hibernatepack.testing.Setting;

/** Many transactions writing the same title at once: every row gets its own slug, no caller sees an error. */
@HibernateTest(entities = {Post.class, Blog.class, Entry.class}, settings = {
        @Setting(name = "hibernate.connection.pool_size", value = "9")})
class SlugConcurrencyIT {

    private static final int THREADS = 8;
    private static final int ROWS_PER_THREAD = 200;

    /** Runs {@code work} {@code times} on each of {@code threads} threads started together; the failures it threw. */
    static List<Throwable> concurrently(int threads, int times, Runnable work) throws Exception {
        List<Throwable> failures = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                done.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < times; i++) {
                        try {
                            work.run();
                        } catch (RuntimeException e) {
                            failures.add(e);
                        }
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> future : done) {
                future.get(5, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }
        return failures;
    }

    @Test
    void eightThreadsInsertingTheSameTitleGetDistinctSlugs(SessionFactoryScope scope) throws Exception {
        List<String> slugs = Collections.synchronizedList(new ArrayList<>());

        List<Throwable> failures = concurrently(THREADS, ROWS_PER_THREAD, () -> slugs.add(scope.fromTransaction(session -> {
            Post post = new Post("Breaking: the same title!");
            session.persist(post);
            session.flush();
            return post.getSlug();
        })));

        assertThat(failures).isEmpty();
        assertThat(slugs).hasSize(THREADS * ROWS_PER_THREAD).doesNotHaveDuplicates()
                .allMatch(slug -> slug.matches("breaking-the-same-title(-[1-9][0-9]*)?"));
        List<String> stored = scope.fromTransaction(session -> session.createSelectionQuery("select slug from Post", String.class)
                .getResultList());
        assertThat(new HashSet<>(stored)).hasSize(THREADS * ROWS_PER_THREAD).containsExactlyInAnyOrderElementsOf(slugs);
    }

    @Test
    void concurrentTransactionsWithManyRowsEachKeepEverySlugDistinctWithinTheScope(SessionFactoryScope scope) throws Exception {
        Long blogId = scope.fromTransaction(session -> {
            Blog blog = new Blog("news");
            session.persist(blog);
            return blog.getId();
        });

        List<Throwable> failures = concurrently(4, 10, () -> scope.inTransaction(session -> {
            Blog blog = session.getReference(Blog.class, blogId);
            for (int i = 0; i < 10; i++) {
                session.persist(new Entry(blog, "Daily digest"));
            }
        }));

        assertThat(failures).isEmpty();
        List<String> stored = scope.fromTransaction(session -> session.createSelectionQuery("select slug from Entry", String.class)
                .getResultList());
        assertThat(stored).hasSize(400).doesNotHaveDuplicates();
    }
}
