// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.migrations.naming;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

/** An entity only {@link HistoryContributor} adds, as the audit trail and the slug history are added. */
@Entity
public class ArticleHistoryRow {

    @Id
    @GeneratedValue
    Long id;

    Long articleId;
}
