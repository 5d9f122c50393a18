// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.readme.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import dev.hibernatepack.monitoring.QueryCounts;
import dev.hibernatepack.readme.TestDatabases;
import dev.hibernatepack.repository.Database;

/**
 * The README's query-count assertions, on a factory that has just started: the first insert also
 * reads a block of 50 ids from the sequence, the next ones take theirs from that block.
 */
@TestMethodOrder(MethodOrderer.MethodName.class)
class QueryCountsReadmeIT {

    static Database db;
    static PostRepository repository;

    @BeforeAll
    static void open() {
        // A database of its own: the first test needs a sequence no insert has read yet.
        db = TestDatabases.open("query-counts", Post.class, Comment.class);
        repository = new PostRepository(db);
    }

    @AfterAll
    static void close() {
        if (db != null) {
            db.close();
        }
    }

    /** What a page shows: each post's title and its comments. */
    static String render(List<Post> posts) {
        StringBuilder page = new StringBuilder();
        for (Post post : posts) {
            page.append(post.getTitle()).append(": ");
            post.getComments().forEach(comment -> page.append(comment.getText()).append(' '));
        }
        return page.toString();
    }

    @Test
    void anInsertThatNeedsANewBlockOfIdsAlsoReadsTheSequence() {
        Post post = new Post("First");
        Post next = new Post("Second");
        // A brand-new sequence: Hibernate's pooled optimizer takes its initial value as a block of one.
        QueryCounts.assertCounts(1, 1, 0, 0, () -> repository.insert(new Post("Zero")));

        QueryCounts.assertCounts(1, 1, 0, 0, () -> repository.insert(post));   // selects, inserts, updates, deletes: a new block of 50 ids
        QueryCounts.assertCounts(0, 1, 0, 0, () -> repository.insert(next));   // an id from that block

        for (int i = 0; i < 48; i++) {
            QueryCounts.assertCounts(0, 1, 0, 0, () -> repository.insert(new Post("More")));
        }
        QueryCounts.assertCounts(1, 1, 0, 0, () -> repository.insert(new Post("Next block")));
        assertThat(next.getId()).isEqualTo(post.getId() + 1);
    }

    @Test
    void countsWhatEachCallRunsOnThisThread() {
        Post first = repository.insert(new Post("First"));
        Post second = repository.insert(new Post("Second"));
        repository.comment(first, "nice");
        repository.comment(second, "agreed");
        repository.comment(second, "me too");

        List<Post> posts = QueryCounts.assertSelects(1, () -> repository.findAllWithComments());
        QueryCounts.assertNoNPlusOne(() -> render(posts));
        QueryCounts.Counts counts = QueryCounts.record(() -> render(posts));               // counts, shapes, findings

        assertThat(render(posts)).contains("First: nice", "Second: ", "agreed", "me too");
        assertThat(counts.selects()).as("the comments came with the posts").isZero();
        assertThat(counts.statements()).isEmpty();
        assertThat(counts.nPlusOne()).isEmpty();
    }
}
