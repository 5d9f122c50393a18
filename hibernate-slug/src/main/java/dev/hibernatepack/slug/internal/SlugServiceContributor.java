// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.slug.internal;

import java.util.Map;

import org.hibernate.boot.registry.StandardServiceInitiator;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.engine.jdbc.mutation.internal.MutationExecutorServiceInitiator;
import org.hibernate.engine.jdbc.mutation.spi.MutationExecutorService;
import org.hibernate.service.spi.ServiceContributor;
import org.hibernate.service.spi.ServiceRegistryImplementor;

/**
 * Contributes the slug settings ({@link SlugConfig}, read once when first asked for) and, unless
 * the module is switched off, puts {@link SlugMutationExecutorService} around the mutation executor service Hibernate would
 * have chosen (its own, or the one named by {@code hibernate.jdbc.mutation.executor}).
 */
public final class SlugServiceContributor implements ServiceContributor {

    @Override
    public void contribute(StandardServiceRegistryBuilder builder) {
        builder.addInitiator(SlugConfig.INITIATOR);
        // getSettings() is marked internal, but it is the only view of what the application configured.
        if (SlugConfig.enabled(builder.getSettings())) {
            builder.addInitiator(Initiator.INSTANCE);
        }
    }

    private static final class Initiator implements StandardServiceInitiator<MutationExecutorService> {

        static final Initiator INSTANCE = new Initiator();

        @Override
        public Class<MutationExecutorService> getServiceInitiated() {
            return MutationExecutorService.class;
        }

        @Override
        public MutationExecutorService initiateService(Map<String, Object> configurationValues, ServiceRegistryImplementor registry) {
            MutationExecutorService hibernate = MutationExecutorServiceInitiator.INSTANCE.initiateService(configurationValues, registry);
            return hibernate instanceof SlugMutationExecutorService ours ? ours : new SlugMutationExecutorService(hibernate);
        }
    }
}
