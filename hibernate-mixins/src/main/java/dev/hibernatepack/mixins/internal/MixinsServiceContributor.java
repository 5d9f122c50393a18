// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.mixins.internal;

import java.util.Map;

import org.hibernate.boot.registry.StandardServiceInitiator;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.cfg.QuerySettings;
import org.hibernate.persister.internal.PersisterClassResolverInitiator;
import org.hibernate.persister.spi.PersisterClassResolver;
import org.hibernate.service.spi.ServiceContributor;
import org.hibernate.service.spi.ServiceRegistryImplementor;

/**
 * Found through {@code META-INF/services}: contributes the {@link MixinsRuntime} (always: the
 * timestamp annotations work with the module switched off too); unless the module is switched
 * off, wraps Hibernate's persister class resolver in {@link SoftDeletePersisters.Resolver} (stateless
 * loads by id hide deleted rows) and installs {@link SoftDeleteTranslatorFactory} (stateless
 * queries hide deleted rows; bulk deletes are guarded) as Hibernate's query translator
 * ({@value QuerySettings#SEMANTIC_QUERY_TRANSLATOR}), unless the application configured a
 * translator of its own.
 */
public final class MixinsServiceContributor implements ServiceContributor {

    /** Hibernate's resolver (the application's, if it set {@code hibernate.persister.resolver}), wrapped. */
    private static final StandardServiceInitiator<PersisterClassResolver> PERSISTER_CLASS_RESOLVER =
            new StandardServiceInitiator<>() {
                @Override
                public Class<PersisterClassResolver> getServiceInitiated() {
                    return PersisterClassResolver.class;
                }

                @Override
                public PersisterClassResolver initiateService(Map<String, Object> settings, ServiceRegistryImplementor registry) {
                    return new SoftDeletePersisters.Resolver(PersisterClassResolverInitiator.INSTANCE.initiateService(settings, registry));
                }
            };

    @Override
    public void contribute(StandardServiceRegistryBuilder builder) {
        builder.addInitiator(MixinsRuntime.INITIATOR);
        // getSettings() is marked internal, but it is the only view of what the application configured.
        var settings = builder.getSettings();
        if (!MixinsConfig.enabled(settings)) {
            return;
        }
        builder.addInitiator(PERSISTER_CLASS_RESOLVER);
        if (settings.get(QuerySettings.SEMANTIC_QUERY_TRANSLATOR) != null) {
            return;
        }
        builder.applySetting(QuerySettings.SEMANTIC_QUERY_TRANSLATOR, SoftDeleteTranslatorFactory.class.getName());
    }
}
