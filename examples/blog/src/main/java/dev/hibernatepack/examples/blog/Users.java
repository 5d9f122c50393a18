// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.examples.blog;

import java.util.Optional;

import jakarta.data.repository.CrudRepository;
import jakarta.data.repository.Find;
import jakarta.data.repository.Repository;

/** The blog's authors, as a Jakarta Data repository implemented by {@code Users_}. */
@Repository
public interface Users extends CrudRepository<User, Long> {

    @Find
    Optional<User> byUsername(String username);
}
