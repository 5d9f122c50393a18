// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.audit.testmodel;

import jakarta.data.repository.CrudRepository;
import jakarta.data.repository.Repository;

/** Profiles through Jakarta Data: soft-deletable, with who-columns holding the user's id. */
@Repository
public interface Profiles extends CrudRepository<Profile, Long> {
}
