// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.slug.internal;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;

import org.hibernate.SessionFactory;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.service.Service;
import org.hibernate.service.spi.SessionFactoryServiceContributor;
import org.hibernate.service.spi.SessionFactoryServiceInitiator;
import org.hibernate.service.spi.SessionFactoryServiceInitiatorContext;
import org.hibernate.service.spi.SessionFactoryServiceRegistryBuilder;
import org.hibernate.service.spi.Stoppable;

/**
 * The slug module's state for one SessionFactory: the models of its sluggable entities, the
 * settings, and the suffixes each open session has handed out (so a second row with the same
 * title in one session goes straight to its suffix). Held by the factory's own service registry
 * ({@link Holder}), so it lives exactly as long as the factory: closing the factory drops it.
 */
public final class SlugRuntime {

    final SlugConfig config;
    final Map<String, SlugModel> models;

    private final Map<SharedSessionContractImplementor, Map<List<Object>, Integer>> handedOut =
            Collections.synchronizedMap(new WeakHashMap<>());

    SlugRuntime(SlugConfig config, Map<String, SlugModel> models) {
        this.config = config;
        this.models = Map.copyOf(models);
    }

    /** The runtime of {@code factory}; null when no entity of it has a slug, or it is closed. */
    public static SlugRuntime of(SessionFactory factory) {
        var registry = factory.unwrap(SessionFactoryImplementor.class).getServiceRegistry();
        Holder holder = registry == null || !factory.isOpen() ? null : registry.getService(Holder.class);
        return holder == null ? null : holder.runtime;
    }

    /** Makes {@code runtime} the one of {@code factory}, while its integrators run. */
    static void install(SessionFactoryImplementor factory, SlugRuntime runtime) {
        factory.getServiceRegistry().requireService(Holder.class).runtime = runtime;
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

    /**
     * The factory-scoped Hibernate {@link Service} that holds the factory's runtime; the factory's
     * service registry stops it when the factory closes.
     */
    static final class Holder implements Service, Stoppable {

        private static final long serialVersionUID = 1L;

        private transient volatile SlugRuntime runtime;

        @Override
        public void stop() {
            runtime = null;
        }
    }

    /** Found through {@code META-INF/services}: gives every factory its (empty) {@link Holder}. */
    public static final class Contributor implements SessionFactoryServiceContributor, SessionFactoryServiceInitiator<Holder> {

        @Override
        public void contribute(SessionFactoryServiceRegistryBuilder builder) {
            builder.addInitiator(this);
        }

        @Override
        public Class<Holder> getServiceInitiated() {
            return Holder.class;
        }

        @Override
        public Holder initiateService(SessionFactoryServiceInitiatorContext context) {
            return new Holder();
        }
    }
}
