// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.slug;

/**
 * Settings of the slug module, given like any Hibernate setting ({@code persistence.xml},
 * {@code hibernate.properties}, {@code spring.jpa.properties.*} or the bootstrap map). A bad value
 * fails the boot with {@link InvalidSlugSettingException}.
 */
public interface SlugSettings {

    /**
     * Whether {@link Slug} attributes are filled and kept unique. Default {@code true}. With
     * {@code false}, the module does nothing and a {@code @Slug} attribute is a plain column.
     *
     * @since 0.1
     */
    String ENABLED = "hibernatepack.slug.enabled";

    /**
     * The longest slug, suffix included; the column's length caps it too. Default {@code 80}; at
     * least 15.
     *
     * @since 0.1
     */
    String MAX_LENGTH = "hibernatepack.slug.max_length";

    /**
     * Slugs no row may have, because they collide with the application's own paths: a
     * comma-separated list (or a {@code Collection} of strings). A source that makes one of them
     * gets a suffix ({@code new-2}). Default {@code new,edit,index,admin,api,login,logout,session,assets};
     * an empty value reserves nothing.
     *
     * @since 0.1
     */
    String RESERVED_WORDS = "hibernatepack.slug.reserved_words";

    /**
     * Whether a soft-deleted row keeps its slug, so no other row takes it while the row can still
     * be restored. Default {@code true}. With {@code false}, the slug's unique index covers live rows
     * only (the soft-delete module's unique-while-active index) and a new row may reuse the slug of
     * a deleted one. Only matters for entities that are {@code SoftDeletable}; one that declares
     * {@code @UniqueWhileActive} over its slug's scope and slug gives slugs up whatever this says.
     *
     * @since 0.1
     */
    String RESERVE_DELETED = "hibernatepack.slug.reserve_deleted";

    /**
     * How many times one insert or update is tried when concurrent transactions keep taking the
     * suffix it was about to use, before {@link SlugConflictException}. Default {@code 10}; 1 to 100.
     *
     * @since 0.1
     */
    String MAX_ATTEMPTS = "hibernatepack.slug.max_attempts";
}
