// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.readme.monitoring;

import java.util.List;

import jakarta.data.Order;
import jakarta.data.Sort;

import org.hibernate.query.restriction.Restriction;

import dev.hibernatepack.repository.BaseRepository;
import dev.hibernatepack.repository.SessionSource;

/** The repository the README's query-count examples call. */
public class PostRepository extends BaseRepository<Post, Long> {

    public PostRepository(SessionSource source) {
        super(source, Post.class);
    }

    /** Every post with its comments, in one select. */
    public List<Post> findAllWithComments() {
        return fetch("comments").findAll(Restriction.all(), Order.by(Sort.asc("id")));
    }

    /** A post and its comments, one after the other. */
    public Comment comment(Post post, String text) {
        return write("comment", session -> {
            Comment comment = new Comment(session.getReference(Post.class, post.getId()), text);
            session.persist(comment);
            return comment;
        });
    }
}
