// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.monitoring.internal;

import java.util.HashSet;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The names by which open monitored factories are known in this JVM (MBean, meter tags, reports):
 * each factory's own name ({@code hibernate.session_factory_name}, else its persistence unit's,
 * else its UUID) while no other open factory has it, else that name with the first free suffix
 * {@code -2}, {@code -3}, …; a name is free again once its factory closes.
 */
final class FactoryNames {

    private static final Set<String> IN_USE = new HashSet<>();

    private FactoryNames() {
    }

    /** Takes {@code wanted}, or the first free {@code wanted-n}; {@code takenElsewhere} tells names used outside this class loader. */
    static synchronized String take(String wanted, Predicate<String> takenElsewhere) {
        String name = wanted;
        for (int n = 2; IN_USE.contains(name) || takenElsewhere.test(name); n++) {
            name = wanted + "-" + n;
        }
        IN_USE.add(name);
        return name;
    }

    /** Frees a name taken by {@link #take}. */
    static synchronized void release(String name) {
        IN_USE.remove(name);
    }
}
