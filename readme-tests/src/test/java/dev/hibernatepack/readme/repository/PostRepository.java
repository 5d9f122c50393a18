// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.readme.repository;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import dev.hibernatepack.repository.BaseRepository;
import dev.hibernatepack.repository.SessionSource;

/** The README's repository, as a CDI application writes it (CDI section); built by hand elsewhere. */
@Singleton
public class PostRepository extends BaseRepository<Post, Long> {
    @Inject
    public PostRepository(SessionSource source) { super(source, Post.class); }
}
