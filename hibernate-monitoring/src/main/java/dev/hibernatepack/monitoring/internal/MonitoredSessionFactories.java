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
import org.hibernate.resource.jdbc.spi.StatementInspector;
import org.hibernate.service.spi.ServiceRegistryImplementor;

/**
 * Gives each monitored factory statistics of its own and every session of it a
 * {@link MonitoringSessionListener}, constructed directly. The statement inspector that the
 * module puts into the service registry's settings is shared by every factory built from that
 * registry; the options of each factory carry a fresh copy with its own {@link MonitorCore}, which
 * is the factory's monitoring runtime: the sessions, the integrator and {@code QueryMonitor.of}
 * all find it there. The listener is constructed directly because Hibernate's own way,
 * {@code hibernate.session.events.auto}, instantiates the class reflectively for each session
 * ({@code Class.newInstance}, whose caller check walks the stack): about 0.3 µs per session, a
 * tenth of a {@code find} on H2. It also leaves that setting to the application. Both the native and the JPA bootstrap build their factory through the
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

    /** Hibernate's builder, whose options carry the factory's own monitor and add the listener. */
    private static final class Builder extends SessionFactoryBuilderImpl {

        Builder(MetadataImpl metadata, BootstrapContext bootstrapContext) {
            super(metadata, bootstrapContext);
        }

        @Override
        public SessionFactoryOptions buildSessionFactoryOptions() {
            SessionFactoryOptions options = super.buildSessionFactoryOptions();
            return options.getStatementInspector() instanceof MonitoringStatementInspector shared
                    ? new Options(options, new MonitoringStatementInspector(shared.delegate(), new MonitorCore(shared.core().config)))
                    : options;
        }
    }

    /** The factory's options, with its own statement inspector and one more listener per session. */
    private static final class Options extends AbstractDelegatingSessionFactoryOptions {

        private final MonitoringStatementInspector inspector;
        private final MonitorCore core;

        Options(SessionFactoryOptions delegate, MonitoringStatementInspector inspector) {
            super(delegate);
            this.inspector = inspector;
            this.core = inspector.core();
        }

        @Override
        public StatementInspector getStatementInspector() {
            return inspector;
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
