// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.readme.repository;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.hibernate.cfg.AvailableSettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.hibernatepack.repository.Database;
import dev.hibernatepack.repository.DatabaseSettings;

/** The README's integration test of a repository, as written there (H2 in memory, whatever the build's database). */
class PostRepositoryIT {
    static Database db;
    static PostRepository posts;

    @BeforeAll static void open() {
        db = Database.create(DatabaseSettings.builder().url("jdbc:h2:mem:test").load(),
                Map.of(AvailableSettings.HBM2DDL_AUTO, "create-drop"), Post.class, Comment.class);
        posts = new PostRepository(db);
    }

    @AfterAll static void close() { db.close(); }

    @BeforeEach void empty() {      // children first; native SQL also clears soft-deleted rows
        db.inTransaction(session -> {
            session.createNativeMutationQuery("delete from comment").executeUpdate();
            session.createNativeMutationQuery("delete from post").executeUpdate();
        });
    }

    @Test
    void everyTestStartsWithEmptyTables() {
        assertThat(posts.count()).isZero();
        long rows = db.fromTransaction(session -> ((Number) session.createNativeQuery("select count(*) from post", Object.class)
                .getSingleResult()).longValue());
        assertThat(rows).as("soft-deleted rows were cleared too").isZero();
        posts.insert(new Post("Left behind"));
    }

    @Test void aDeletedPostIsNotFound() {
        Post post = posts.insert(new Post("Hello"));
        posts.delete(post);
        assertThat(posts.findById(post.getId())).isEmpty();
    }
}
