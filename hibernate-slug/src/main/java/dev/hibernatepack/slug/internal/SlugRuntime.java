// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.slug.internal;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;

import org.hibernate.SessionFactory;
import org.hibernate.engine.spi.SharedSessionContractImplementor;

/**
 * The slug module's state for one SessionFactory: the models of its sluggable entities, the
 * settings, and the suffixes each open session has
 * handed out (so a second row with the same title in one session goes straight to its suffix).
 */
public final class SlugRuntime {

    private static final Map<SessionFactory, SlugRuntime> RUNTIMES = new ConcurrentHashMap<>();

    final SlugConfig config;
    final Map<String, SlugModel> models;

    private final Map<SharedSessionContractImplementor, Map<List<Object>, Integer>> handedOut =
            Collections.synchronizedMap(new WeakHashMap<>());

    SlugRuntime(SlugConfig config, Map<String, SlugModel> models) {
        this.config = config;
        this.models = Map.copyOf(models);
    }

    static void register(SessionFactory factory, SlugRuntime runtime) {
        RUNTIMES.put(factory, runtime);
    }

    static void unregister(SessionFactory factory) {
        RUNTIMES.remove(factory);
    }

    /** The runtime of {@code factory}; null when no entity of it has a slug. */
    public static SlugRuntime of(SessionFactory factory) {
        return RUNTIMES.get(factory);
    }

    /** The model of an entity; null when it has no slug. */
    SlugModel model(String entityName) {
        return models.get(entityName);
    }

    /** The highest suffix {@code session} has written for {@code base} in a scope, or null. */
    Integer lastSuffix(SharedSessionContractImplementor session, SlugModel model, List<Object> scope, String base) {
        Map<List<Object>, Integer> slugs = handedOut.get(session);
        return slugs == null ? null : slugs.get(key(model, scope, base));
    }

    void wrote(SharedSessionContractImplementor session, SlugModel model, List<Object> scope, String base, int suffix) {
        handedOut.computeIfAbsent(session, s -> new HashMap<>()).merge(key(model, scope, base), suffix, Math::max);
    }

    private static List<Object> key(SlugModel model, List<Object> scope, String base) {
        return List.of(model.entityName, scope, base);
    }
}
