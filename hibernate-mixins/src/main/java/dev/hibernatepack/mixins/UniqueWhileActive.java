// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.mixins;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A unique key of a {@link SoftDeletable} entity that only live rows must respect: a key held by a
 * soft-deleted row can be used again. Schema generation creates a partial unique index
 * ({@code ... where deleted_at is null}) on PostgreSQL and SQL Server; on other databases (H2,
 * MySQL, MariaDB, Oracle) a generated column per key column,
 * {@code case when deleted_at is null then <column> end}, with a unique index over them.
 *
 * <pre>{@code
 * @Entity
 * @UniqueWhileActive({"blog", "slug"})   // unique per blog, among live posts
 * public class Post extends SoftDeletableEntity { ... }
 * }</pre>
 *
 * {@link SoftDeletes#restore} refuses, before changing anything, to revive a row whose key a live
 * row now holds.
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Repeatable(UniqueWhileActive.List.class)
public @interface UniqueWhileActive {

    /** The attributes (basic or to-one) that together form the key. */
    String[] value();

    /** The index name; default {@code ux_<table>_<columns>_active}, cut to 63 characters. */
    String name() default "";

    /** Holds several keys of one entity. */
    @Documented
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    @interface List {
        /** The keys. */
        UniqueWhileActive[] value();
    }
}
