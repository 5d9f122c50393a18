// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.examples.blog;

import java.util.List;

import jakarta.data.repository.By;
import jakarta.data.repository.CrudRepository;
import jakarta.data.repository.Delete;
import jakarta.data.repository.Find;
import jakarta.data.repository.OrderBy;
import jakarta.data.repository.Repository;

/**
 * The comments of the blog's posts, as a Jakarta Data repository implemented by {@code Comments_}.
 * A stateless session has no cascade: delete a post's comments here before the post.
 */
@Repository
public interface Comments extends CrudRepository<Comment, Long> {

    @Find
    @OrderBy("createdAt")
    @OrderBy("id")
    List<Comment> byPost(Post post);

    @Delete
    long deleteByPost(@By("post.id") Long postId);   // one UPDATE: a soft delete of the post's live comments
}
