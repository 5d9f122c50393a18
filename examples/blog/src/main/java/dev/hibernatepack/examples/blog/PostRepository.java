// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.examples.blog;

import java.util.List;

import jakarta.data.Order;
import jakarta.data.Sort;
import jakarta.data.page.Page;
import jakarta.data.page.PageRequest;

import org.hibernate.query.range.Range;
import org.hibernate.query.restriction.Restriction;

import dev.hibernatepack.repository.Aggregate;
import dev.hibernatepack.repository.BaseRepository;
import dev.hibernatepack.repository.SessionSource;

/** The blog's posts: every BaseRepository verb, plus the queries of this application. */
public class PostRepository extends BaseRepository<Post, Long> {

    /** Posts per status: how many, and how often they were read. */
    public record StatusStats(Post.Status status, long posts, long views) {
    }

    /** A post's title and its number of live comments, from native SQL. */
    public record CommentCount(String title, long comments) {
    }

    public PostRepository(SessionSource source) {
        super(source, Post.class);
    }

    /** One page of an author's published posts, most read first. */
    public Page<Post> publishedBy(String username, PageRequest page) {
        Restriction<Post> published = where("status", Range.singleValue(Post.Status.PUBLISHED));
        return findAll(published.and(where("author.username", Range.singleValue(username))), page,
                Order.by(Sort.desc("views")));
    }

    /** The posts with their authors and comments loaded, newest first: one select, no N+1. */
    public List<Post> withAuthorsAndComments() {
        return fetch("author", "comments").findAll(Restriction.unrestricted(), Order.by(Sort.desc("createdAt")));
    }

    /** Totals per status. */
    public List<StatusStats> statsByStatus() {
        return aggregate(StatusStats.class, "status", Aggregate.count(), Aggregate.sum("views"));
    }

    /** The most commented posts: analytics in SQL, mapped onto a record. */
    public List<CommentCount> mostCommented(int limit) {
        return nativeQuery(CommentCount.class, """
                select p.title, count(c.id)
                from Post p left join Comment c on c.post_id = p.id and c.is_deleted = false
                where p.is_deleted = false
                group by p.id, p.title
                order by count(c.id) desc, p.title
                fetch first ?1 rows only""", limit);
    }

    /** Publishes every draft of {@code username} in one statement; how many. */
    public int publishAllDraftsOf(User author) {
        return updateWhere(where("status", Range.singleValue(Post.Status.DRAFT)).and(where("author.id", Range.singleValue(author.getId()))),
                java.util.Map.of("status", Post.Status.PUBLISHED));
    }
}
