// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.monitoring.internal;

import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.boot.registry.selector.spi.StrategySelector;
import org.hibernate.cfg.JdbcSettings;
import org.hibernate.cfg.SessionEventSettings;
import org.hibernate.resource.jdbc.spi.StatementInspector;
import org.hibernate.service.spi.ServiceContributor;
import org.jboss.logging.Logger;

/**
 * Installs monitoring before Hibernate reads its settings: our composite statement inspector in
 * Hibernate's single slot (wrapping the application's, if any) and our session listener as
 * {@code hibernate.session.events.auto}. Found through {@code META-INF/services}; does nothing when
 * the module is switched off.
 */
public final class MonitoringServiceContributor implements ServiceContributor {

    private static final Logger LOG = Logger.getLogger(MonitoringServiceContributor.class);

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
        Object listener = settings.get(SessionEventSettings.AUTO_SESSION_EVENTS_LISTENER);
        if (listener == null) {
            builder.applySetting(SessionEventSettings.AUTO_SESSION_EVENTS_LISTENER, MonitoringSessionListener.class.getName());
        } else if (!MonitoringSessionListener.class.getName().equals(listener)) {
            LOG.warnf("%s is set to %s, so statement timings are off: Hibernate takes one class there",
                    SessionEventSettings.AUTO_SESSION_EVENTS_LISTENER, listener);
        }
    }
}
