// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.slug;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Makes a {@code String} attribute the entity's slug: filled on insert from the source text
 * ({@link Slugs#generateSlug}), never null, unique in its table or within its {@link #scope()}.
 * A taken slug gets the next free suffix ({@code -2}, {@code -3}, ...); the database's unique
 * index settles races between transactions, and the insert is retried with the next suffix.
 *
 * <pre>{@code
 * @Entity
 * public class Post {
 *     @ManyToOne Blog blog;
 *     String title;
 *     @Slug(from = "title", scope = "blog")   // "hello-world", then "hello-world-2" in the same blog
 *     String slug;
 * }
 * }</pre>
 *
 * A slug set by the application before insert is kept (made safe and unique the same way).
 */
@Documented
@Target({ElementType.FIELD, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface Slug {

    /**
     * The attributes whose values, joined by spaces, make the slug; empty means the entity is
     * {@link Sluggable} and {@link Sluggable#slugSource()} gives the text.
     */
    String[] from() default {};

    /** The attributes (basic or to-one) within whose values the slug is unique; empty: the whole table. */
    String[] scope() default {};

    /** When the slug changes after the insert. */
    Regeneration regenerate() default Regeneration.NEVER;

    /**
     * Whether old slugs are kept in the slug history table, so that {@link Slugs#findBySlug} still
     * finds the row by them and tells the caller to redirect. Only useful with
     * {@link Regeneration#ON_SOURCE_CHANGE} or slugs the application changes.
     */
    boolean history() default false;

    /** The unique index's name; default {@code ux_<table>[_<scope columns>]_<slug column>}, cut to 63 characters. */
    String index() default "";

    /** When a slug is made again after the row was inserted. */
    enum Regeneration {
        /** The slug is fixed at insert: links stay valid whatever happens to the source. */
        NEVER,
        /**
         * The slug is made again when the source text changes its slug. A source changed after
         * {@code persist} in the same transaction gives the final source's slug, made once.
         */
        ON_SOURCE_CHANGE
    }
}
