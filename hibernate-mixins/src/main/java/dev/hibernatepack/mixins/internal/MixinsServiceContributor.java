// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.mixins.internal;

import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.cfg.QuerySettings;
import org.hibernate.service.spi.ServiceContributor;

/**
 * Found through {@code META-INF/services}: contributes the {@link MixinsRuntime} (always: the
 * timestamp annotations work with the module switched off too), and installs
 * {@link SoftDeleteTranslatorFactory}, the guard against bulk deletes of soft-deletable rows, as
 * Hibernate's query translator ({@value QuerySettings#SEMANTIC_QUERY_TRANSLATOR}) unless the
 * module is switched off or the application configured a translator of its own (then bulk deletes
 * are not guarded).
 */
public final class MixinsServiceContributor implements ServiceContributor {

    @Override
    public void contribute(StandardServiceRegistryBuilder builder) {
        builder.addInitiator(MixinsRuntime.INITIATOR);
        // getSettings() is marked internal, but it is the only view of what the application configured.
        var settings = builder.getSettings();
        if (settings.get(QuerySettings.SEMANTIC_QUERY_TRANSLATOR) != null || !MixinsConfig.enabled(settings)) {
            return;
        }
        builder.applySetting(QuerySettings.SEMANTIC_QUERY_TRANSLATOR, SoftDeleteTranslatorFactory.class.getName());
    }
}
