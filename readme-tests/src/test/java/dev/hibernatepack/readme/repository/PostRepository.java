// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.readme.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.hibernatepack.repository.BaseRepository;
import dev.hibernatepack.repository.SessionSource;

/** The README's repository, as a CDI application writes it (CDI section); built by hand elsewhere. */
@ApplicationScoped
public class PostRepository extends BaseRepository<Post, Long> {
    @Inject
    public PostRepository(SessionSource source) { super(source, Post.class); }

    protected PostRepository() { }       // for the container's client proxy
}
