// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.migrations.naming;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

/** The target of {@link PackArticle}'s join table. */
@Entity
public class PackTag {

    @Id
    @GeneratedValue
    Long id;

    String displayName;
}
