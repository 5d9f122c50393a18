// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.monitoring.internal;

import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.boot.registry.selector.spi.StrategySelector;
import org.hibernate.cfg.JdbcSettings;
import org.hibernate.resource.jdbc.spi.StatementInspector;
import org.hibernate.service.spi.ServiceContributor;

/**
 * Installs monitoring before Hibernate reads its settings: our composite statement inspector in
 * Hibernate's single slot (wrapping the application's, if any), a session factory builder that
 * gives each session our listener, and a batch builder that counts the rows of each JDBC batch
 * around the one Hibernate would have used. Found through {@code META-INF/services}; does nothing when
 * the module is switched off.
 */
public final class MonitoringServiceContributor implements ServiceContributor {

    @Override
    public void contribute(StandardServiceRegistryBuilder builder) {
        // getSettings() is marked internal, but it is the only view of what the application configured.
        var settings = builder.getSettings();
        if (!MonitoringConfig.enabled(settings)) {
            return;
        }
        MonitoringConfig config = MonitoringConfig.from(settings);
        Object configured = settings.get(JdbcSettings.STATEMENT_INSPECTOR);
        if (configured instanceof MonitoringStatementInspector) {
            return; // this builder was contributed to already
        }
        StatementInspector delegate = configured == null ? null
                : builder.getBootstrapServiceRegistry().requireService(StrategySelector.class)
                        .resolveStrategy(StatementInspector.class, configured);
        builder.applySetting(JdbcSettings.STATEMENT_INSPECTOR, new MonitoringStatementInspector(delegate, new MonitorCore(config)));
        // Added after Hibernate's own initiators, so they replace those of the two services.
        builder.addInitiator(new MonitoredSessionFactories.Initiator());
        builder.addInitiator(new BatchRowCounting.Initiator());
    }
}
