// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.slug.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;

/**
 * One old slug of a row whose entity keeps a slug history: the slug it had until
 * {@code replaced_at}. Added to the model only when some {@code @Slug(history = true)} exists.
 */
@Entity(name = SlugHistoryRow.ENTITY_NAME)
@Table(name = "slug_history", indexes = {
        @Index(name = "ix_slug_history_slug", columnList = "entity_name, slug"),
        @Index(name = "ix_slug_history_row", columnList = "entity_name, entity_id")})
public class SlugHistoryRow {

    /** The entity name, chosen not to clash with an application's own entities. */
    public static final String ENTITY_NAME = "HibernatePackSlugHistory";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "entity_name", nullable = false)
    private String entityName;

    @Column(name = "entity_id", nullable = false)
    private String entityId;

    @Column(name = "slug", nullable = false)
    private String slug;

    @Column(name = "replaced_at", nullable = false)
    private Instant replacedAt;

    protected SlugHistoryRow() {
    }

    public Long getId() {
        return id;
    }

    public String getEntityName() {
        return entityName;
    }

    public String getEntityId() {
        return entityId;
    }

    public String getSlug() {
        return slug;
    }

    public Instant getReplacedAt() {
        return replacedAt;
    }
}
