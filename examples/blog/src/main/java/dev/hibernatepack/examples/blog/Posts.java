// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.examples.blog;

import java.util.List;
import java.util.Optional;

import jakarta.data.Order;
import jakarta.data.page.Page;
import jakarta.data.page.PageRequest;
import jakarta.data.repository.CrudRepository;
import jakarta.data.repository.Find;
import jakarta.data.repository.OrderBy;
import jakarta.data.repository.Query;
import jakarta.data.repository.Repository;

import org.hibernate.StatelessSession;

/**
 * The blog's posts as a Jakarta Data repository: hibernate-processor writes its implementation,
 * {@code Posts_}, at build time, and it runs on a {@code StatelessSession}. The pack's rules hold
 * there as in a {@code Session}: deleted posts are hidden, {@code delete(post)} is soft, timestamps
 * and slugs are filled. A post owns the join table of its tags, so {@code deleteById}, a bulk delete,
 * is refused ({@code BulkDeleteRefusedException}): delete a post with {@code delete(post)}.
 */
@Repository
public interface Posts extends CrudRepository<Post, Long> {

    @Find
    Page<Post> byAuthor(User author, PageRequest pageRequest, Order<Post> order);

    @Find
    @OrderBy("title")
    List<Post> byStatus(Post.Status status);

    @Find
    Optional<Post> bySlug(String slug);

    @Query("select title from Post where author.username = :username order by title")
    List<String> titlesBy(String username);

    @Query("select count(this) from Post where status = :status")
    long countByStatus(Post.Status status);

    StatelessSession session();
}
