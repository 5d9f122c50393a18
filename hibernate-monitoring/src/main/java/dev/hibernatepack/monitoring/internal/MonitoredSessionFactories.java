// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.monitoring.internal;

import java.util.Arrays;
import java.util.Map;

import org.hibernate.SessionEventListener;
import org.hibernate.boot.internal.MetadataImpl;
import org.hibernate.boot.internal.SessionFactoryBuilderImpl;
import org.hibernate.boot.registry.StandardServiceInitiator;
import org.hibernate.boot.spi.AbstractDelegatingSessionFactoryOptions;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.boot.spi.SessionFactoryBuilderService;
import org.hibernate.boot.spi.SessionFactoryOptions;
import org.hibernate.service.spi.ServiceRegistryImplementor;

/**
 * Gives every session of a monitored factory its {@link MonitoringSessionListener}, constructed
 * directly. Hibernate's own way, {@code hibernate.session.events.auto}, instantiates the class
 * reflectively for each session ({@code Class.newInstance}, whose caller check walks the stack):
 * about 0.3 µs per session, a tenth of a {@code find} on H2. It also leaves that setting to the
 * application. Both the native and the JPA bootstrap build their factory through the
 * {@code SessionFactoryBuilderService}, whose builder this replaces with Hibernate's own, adding
 * the listener to the options it builds.
 */
final class MonitoredSessionFactories {

    private MonitoredSessionFactories() {
    }

    /** Replaces Hibernate's initiator of the {@code SessionFactoryBuilderService}. */
    static final class Initiator implements StandardServiceInitiator<SessionFactoryBuilderService> {

        @Override
        public Class<SessionFactoryBuilderService> getServiceInitiated() {
            return SessionFactoryBuilderService.class;
        }

        @Override
        public SessionFactoryBuilderService initiateService(Map<String, Object> configurationValues, ServiceRegistryImplementor registry) {
            return Builder::new;
        }
    }

    /** Hibernate's builder, whose options add the listener. */
    private static final class Builder extends SessionFactoryBuilderImpl {

        Builder(MetadataImpl metadata, BootstrapContext bootstrapContext) {
            super(metadata, bootstrapContext);
        }

        @Override
        public SessionFactoryOptions buildSessionFactoryOptions() {
            SessionFactoryOptions options = super.buildSessionFactoryOptions();
            return options.getStatementInspector() instanceof MonitoringStatementInspector inspector
                    ? new Options(options, inspector.core())
                    : options;
        }
    }

    /** The factory's options, with one more listener per session. */
    private static final class Options extends AbstractDelegatingSessionFactoryOptions {

        private final MonitorCore core;

        Options(SessionFactoryOptions delegate, MonitorCore core) {
            super(delegate);
            this.core = core;
        }

        @Override
        public SessionEventListener[] buildSessionEventListeners() {
            SessionEventListener[] configured = super.buildSessionEventListeners();
            SessionEventListener[] listeners = Arrays.copyOf(configured, configured.length + 1);
            listeners[configured.length] = new MonitoringSessionListener(core);
            return listeners;
        }
    }

    /** Whether a factory with these options gives its sessions our listener (no one replaced the service). */
    static boolean installed(SessionFactoryOptions options) {
        return options instanceof Options;
    }
}
