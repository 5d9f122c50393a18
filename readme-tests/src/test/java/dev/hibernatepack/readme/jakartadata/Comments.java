// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.readme.jakartadata;

import java.util.List;

import jakarta.data.repository.By;
import jakarta.data.repository.CrudRepository;
import jakarta.data.repository.Delete;
import jakarta.data.repository.Find;
import jakarta.data.repository.OrderBy;
import jakarta.data.repository.Repository;

/** The README's Jakarta Data repository of comments: the blog example's {@code Comments}, line for line. */
@Repository
public interface Comments extends CrudRepository<Comment, Long> {

    @Find
    @OrderBy("createdAt")
    @OrderBy("id")
    List<Comment> byPost(Post post);

    @Delete
    long deleteByPost(@By("post.id") Long postId);   // one UPDATE: a soft delete of the post's live comments
}
