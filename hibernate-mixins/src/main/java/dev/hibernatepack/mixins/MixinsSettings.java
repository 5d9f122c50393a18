// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.mixins;

/**
 * Settings of the mixins module, given like any Hibernate setting ({@code persistence.xml},
 * {@code hibernate.properties}, {@code spring.jpa.properties.*} or the bootstrap map).
 */
public interface MixinsSettings {

    /**
     * Whether the module's integrator runs its boot checks and soft delete is installed (filters,
     * listeners, the bulk-delete guard). Default {@code true}. With {@code false}, soft-deletable
     * entities are plain entities ({@code remove()} deletes, nothing is hidden), while mapping
     * annotations ({@link CreatedAt}, {@link UpdatedAt}, {@link DeletedAt}) stay in force.
     *
     * @since 0.1
     */
    String ENABLED = "hibernatepack.mixins.enabled";

    /**
     * The clock every module of the pack reads "now" from: a {@link java.time.Clock} instance, a
     * {@code Clock} subclass with a public no-argument constructor, or its fully qualified class
     * name. Default {@link java.time.Clock#systemUTC()}. Tests set a fixed or adjustable clock here.
     * A class is instantiated once per factory: the generators, the listeners and
     * {@link PackClock#of} all read that one instance.
     *
     * @since 0.1
     */
    String CLOCK = "hibernatepack.mixins.clock";

    /**
     * Where timestamps come from: {@code vm} (default; the {@link #CLOCK} in the JVM, no extra SQL)
     * or {@code database} ({@code current_timestamp} written by the database in the same
     * statement, then read back by Hibernate).
     *
     * @since 0.1
     */
    String TIME_SOURCE = "hibernatepack.mixins.time_source";
}
