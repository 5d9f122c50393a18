// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.mixins.internal;

import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.List;

import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.config.spi.ConfigurationService;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.integrator.spi.Integrator;
import org.hibernate.mapping.PersistentClass;
import org.hibernate.mapping.Property;

import dev.hibernatepack.mixins.CreatedAt;
import dev.hibernatepack.mixins.InvalidMappingException;
import dev.hibernatepack.mixins.Timestamped;
import dev.hibernatepack.mixins.UpdatedAt;

/**
 * Installs the mixins module: found through {@code META-INF/services}, it does nothing when the
 * module is switched off or no entity uses a mixin; otherwise it validates the settings and
 * checks, at boot, that every entity opting into a mixin maps what the mixin needs.
 */
public final class MixinsIntegrator implements Integrator {

    @Override
    public void integrate(Metadata metadata, BootstrapContext bootstrapContext, SessionFactoryImplementor sessionFactory) {
        var settings = bootstrapContext.getServiceRegistry().requireService(ConfigurationService.class).getSettings();
        if (!MixinsConfig.enabled(settings)) {
            return;
        }
        List<PersistentClass> timestamped = timestampedEntities(metadata);
        if (timestamped.isEmpty()) {
            return;
        }
        MixinsConfig.from(bootstrapContext.getServiceRegistry()); // validates every setting, failing the boot on a bad one
        timestamped.forEach(MixinsIntegrator::checkTimestamps);
    }

    /** The entities that implement {@link Timestamped}. */
    private static List<PersistentClass> timestampedEntities(Metadata metadata) {
        List<PersistentClass> found = new ArrayList<>();
        for (PersistentClass entity : metadata.getEntityBindings()) {
            Class<?> type = entity.getMappedClass();
            if (type != null && Timestamped.class.isAssignableFrom(type)) {
                found.add(entity);
            }
        }
        return found;
    }

    private static void checkTimestamps(PersistentClass entity) {
        requireGenerated(entity, CreatedAt.class);
        requireGenerated(entity, UpdatedAt.class);
    }

    private static void requireGenerated(PersistentClass entity, Class<? extends Annotation> annotation) {
        for (Property property : entity.getPropertyClosure()) {
            if (property.getValueGeneratorCreator() != null && annotatedWith(entity.getMappedClass(), property.getName(), annotation)) {
                return;
            }
        }
        throw new InvalidMappingException(entity.getEntityName() + " implements Timestamped but has no attribute annotated @"
                + annotation.getSimpleName() + "; annotate an Instant attribute with @" + annotation.getSimpleName()
                + " or extend BaseEntity");
    }

    private static boolean annotatedWith(Class<?> type, String name, Class<? extends Annotation> annotation) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            try {
                if (c.getDeclaredField(name).isAnnotationPresent(annotation)) {
                    return true;
                }
            } catch (NoSuchFieldException e) {
                // declared higher up, or property access
            }
            for (var method : c.getDeclaredMethods()) {
                if (method.getParameterCount() == 0 && method.isAnnotationPresent(annotation)
                        && propertyName(method.getName()).equals(name)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String propertyName(String getter) {
        String bare = getter.startsWith("get") ? getter.substring(3) : getter.startsWith("is") ? getter.substring(2) : getter;
        return bare.isEmpty() ? bare : Character.toLowerCase(bare.charAt(0)) + bare.substring(1);
    }
}
