// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.audit.testmodel;

import jakarta.data.repository.CrudRepository;
import jakarta.data.repository.Repository;

/** Contracts through Jakarta Data: a versioned entity whose who-columns an update may write. */
@Repository
public interface Contracts extends CrudRepository<Contract, Long> {
}
