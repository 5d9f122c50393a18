// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.mixins.internal;

import java.time.Clock;
import java.util.Map;
import java.util.Objects;

import org.hibernate.SessionFactory;
import org.hibernate.boot.registry.StandardServiceInitiator;
import org.hibernate.boot.registry.classloading.spi.ClassLoaderService;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.service.Service;
import org.hibernate.service.ServiceRegistry;
import org.hibernate.service.UnknownServiceException;
import org.hibernate.service.spi.ServiceException;
import org.hibernate.service.spi.ServiceRegistryImplementor;

import dev.hibernatepack.mixins.InvalidSettingException;
import dev.hibernatepack.mixins.MixinsSettings;

/**
 * The mixins module's runtime, one per service registry (so one per factory), held as a
 * Hibernate {@link Service} the way Envers holds its {@code EnversService}: the settings are
 * read once and the clock made once, the first time anything asks for them. Generators find it
 * through {@code GeneratorCreationContext.getServiceRegistry()}, everything else through the
 * factory's service registry, and both see the same instance.
 */
public final class MixinsRuntime implements Service {

    private static final long serialVersionUID = 1L;

    private final MixinsConfig config;

    private MixinsRuntime(MixinsConfig config) {
        this.config = config;
    }

    /**
     * The runtime of {@code registry} (a bootstrap registry or a factory's).
     *
     * @throws IllegalStateException when the registry was built without the pack's service contributors
     * @throws dev.hibernatepack.mixins.InvalidSettingException when a setting has a bad value
     */
    public static MixinsRuntime of(ServiceRegistry registry) {
        MixinsRuntime runtime;
        try {
            runtime = registry.getService(MixinsRuntime.class);
        } catch (UnknownServiceException e) {
            runtime = null;
        } catch (ServiceException e) {
            // Hibernate wraps what the initiator threw: the boot fails with the setting's own error.
            if (e.getCause() instanceof InvalidSettingException invalid) {
                throw invalid;
            }
            throw e;
        }
        if (runtime == null) {
            throw new IllegalStateException("The mixins module's runtime is not installed in this service registry: build it with"
                    + " StandardServiceRegistryBuilder (or a JPA bootstrap), which loads META-INF/services ServiceContributors");
        }
        return runtime;
    }

    /** The runtime of {@code factory}. */
    public static MixinsRuntime of(SessionFactory factory) {
        Objects.requireNonNull(factory, "factory must not be null");
        return of(factory.unwrap(SessionFactoryImplementor.class).getServiceRegistry());
    }

    /** The settings, as read once. */
    public MixinsConfig config() {
        return config;
    }

    /** The one clock of the factory ({@link MixinsSettings#CLOCK}). */
    public Clock clock() {
        return config.clock();
    }

    /** Whether the database writes timestamps ({@link MixinsSettings#TIME_SOURCE} {@code database}). */
    public boolean databaseTime() {
        return config.timeSource() == MixinsConfig.TimeSource.DATABASE;
    }

    /** Makes the runtime from the registry's settings when it is first asked for. */
    static final class Initiator implements StandardServiceInitiator<MixinsRuntime> {

        static final Initiator INSTANCE = new Initiator();

        @Override
        public Class<MixinsRuntime> getServiceInitiated() {
            return MixinsRuntime.class;
        }

        @Override
        public MixinsRuntime initiateService(Map<String, Object> configurationValues, ServiceRegistryImplementor registry) {
            return new MixinsRuntime(MixinsConfig.from(configurationValues, registry.requireService(ClassLoaderService.class)));
        }
    }
}
