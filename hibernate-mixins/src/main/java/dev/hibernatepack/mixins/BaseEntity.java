// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.mixins;

import java.time.Instant;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

import org.hibernate.annotations.ColumnDefault;

import dev.hibernatepack.mixins.internal.EnhancedAccess;
import dev.hibernatepack.mixins.internal.EntityMaps;
import dev.hibernatepack.mixins.internal.Proxies;

/**
 * The base of an entity as well-run teams write it: a sequence-generated {@code id} (pooled, so
 * JDBC batching works), {@code created_at} / {@code updated_at} kept by the pack's clock, an
 * {@code is_active} flag, {@link #toMap()}, {@link #updateFromMap(Map)}, a safe
 * {@link #toString()} and {@code equals}/{@code hashCode} that stay correct across persist,
 * merge and proxies (none of the four loads an uninitialized proxy, so they are {@code final}).
 *
 * <pre>{@code
 * @Entity
 * public class Post extends BaseEntity {
 *     private String title;
 * }
 * }</pre>
 *
 * <p>Each entity gets its own sequence {@code <table>_SEQ} (Hibernate's default, allocation size
 * 50, pooled optimizer). Columns {@code created_at}, {@code updated_at} and {@code is_active} have
 * DDL defaults, so rows inserted by plain SQL get values too.
 */
@MappedSuperclass
public abstract class BaseEntity implements Timestamped {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE)
    private Long id;

    @CreatedAt
    @ColumnDefault("CURRENT_TIMESTAMP")
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @UpdatedAt
    @ColumnDefault("CURRENT_TIMESTAMP")
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @ColumnDefault("true")
    @Column(name = "is_active", nullable = false)
    private boolean active = true;

    /** The identifier; {@code null} until the entity is persisted. Never initializes a proxy. */
    public Long getId() {
        return id;
    }

    @Override
    public Instant getCreatedAt() {
        return EnhancedAccess.read(this, "createdAt", createdAt);
    }

    @Override
    public Instant getUpdatedAt() {
        return EnhancedAccess.read(this, "updatedAt", updatedAt);
    }

    /** Whether the row is active (column {@code is_active}); {@code true} for a new entity. */
    public boolean isActive() {
        return EnhancedAccess.readBoolean(this, "active", active);
    }

    /** Marks the row active or inactive; the change is flushed like any other. */
    public void setActive(boolean active) {
        this.active = EnhancedAccess.writeBoolean(this, "active", this.active, active);
    }

    /**
     * The entity's basic attributes (name to value, identifier first) and the identifiers of its
     * to-one associations. Never triggers lazy loading: attributes not loaded yet are left out
     * (an uninitialized proxy gives its id alone), and so are {@link Sensitive} ones and
     * collections. Final for the same reason as {@link #equals}.
     */
    public final Map<String, Object> toMap() {
        return EntityMaps.toMap(this);
    }

    /**
     * Writes the given attributes, converting the usual string forms (numbers, booleans, enum
     * names, ISO-8601 dates and times, UUIDs). Only attributes a caller may write are accepted:
     * never the id, version, timestamps or other generated or read-only columns, nor associations.
     * All or nothing: if any key is unknown, protected or its value does not convert, an
     * {@link InvalidAttributesException} names every bad key and the entity is left unchanged.
     * Bean Validation still applies when the entity is flushed.
     *
     * @throws InvalidAttributesException listing every key that was refused, and why
     */
    public void updateFromMap(Map<String, ?> values) {
        EntityMaps.updateFromMap(this, values);
    }

    /**
     * Equal when both stand for the same row: the same non-null id within the same entity
     * hierarchy (the topmost {@code @Entity} class). A new entity is equal only to itself. Either
     * side may be an uninitialized proxy, attached or detached: its class and id come from the
     * proxy itself, so nothing is loaded and nothing throws. Final, so that a Hibernate proxy runs
     * this code instead of loading its entity to run it.
     */
    @Override
    public final boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof BaseEntity)) {
            return false;
        }
        Object id = identifier(this);
        return id != null && Proxies.hierarchyRoot(this) == Proxies.hierarchyRoot(other) && id.equals(identifier(other));
    }

    private static Object identifier(Object entity) {
        // A Hibernate proxy's own id field is empty; the proxy knows the id without loading.
        Object proxied = Proxies.proxyIdentifier(entity);
        return proxied != null ? proxied : ((BaseEntity) entity).id;
    }

    /**
     * Constant per entity hierarchy, so it does not change when persist assigns the id (an entity
     * in a {@code HashSet} stays findable) and a proxy hashes like its entity without loading, as
     * Hibernate's documentation recommends. The price: a hash set or map holding many entities
     * of one hierarchy degrades to a list; key large ones by id.
     */
    @Override
    public final int hashCode() {
        return Proxies.hierarchyRoot(this).hashCode();
    }

    /**
     * {@code Post(id=12, title=Hello)}: class, id and a few basic attributes; never lazy-loads;
     * masks {@link Sensitive} values. An uninitialized proxy, attached or detached, shows
     * {@code Post(id=12, not loaded)} without a query. Final for the same reason as {@link #equals}.
     */
    @Override
    public final String toString() {
        return EntityMaps.toString(this);
    }
}
