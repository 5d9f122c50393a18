// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.mixins.internal;

import java.time.Clock;
import java.util.Objects;

import org.hibernate.SessionFactory;
import org.hibernate.boot.registry.StandardServiceInitiator;
import org.hibernate.boot.registry.classloading.spi.ClassLoaderService;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.service.Service;
import org.hibernate.service.ServiceRegistry;

import dev.hibernatepack.mixins.InvalidSettingException;
import dev.hibernatepack.mixins.MixinsSettings;
import dev.hibernatepack.mixins.spi.PackServices;

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
        return PackServices.require(registry, MixinsRuntime.class, InvalidSettingException.class, "mixins");
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
    static final StandardServiceInitiator<MixinsRuntime> INITIATOR = PackServices.initiator(MixinsRuntime.class,
            (settings, registry) -> new MixinsRuntime(MixinsConfig.from(settings, registry.requireService(ClassLoaderService.class))));
}
