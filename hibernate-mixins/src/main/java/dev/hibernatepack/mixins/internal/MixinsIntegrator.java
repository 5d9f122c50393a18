// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.mixins.internal;

import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.List;

import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.config.spi.ConfigurationService;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.internal.DefaultDeleteEventListener;
import org.hibernate.event.service.spi.DuplicationStrategy;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;
import org.hibernate.integrator.spi.Integrator;
import org.hibernate.mapping.PersistentClass;
import org.hibernate.mapping.Property;

import dev.hibernatepack.mixins.CreatedAt;
import dev.hibernatepack.mixins.InvalidMappingException;
import dev.hibernatepack.mixins.SoftDeletable;
import dev.hibernatepack.mixins.Timestamped;
import dev.hibernatepack.mixins.UpdatedAt;
import dev.hibernatepack.mixins.spi.EntityAnnotations;
import dev.hibernatepack.mixins.spi.InsertThenUpdateListener;

/**
 * Installs the mixins module: found through {@code META-INF/services}, it does nothing when the
 * module is switched off or no entity uses a mixin; otherwise it validates the settings, checks at
 * boot that every entity opting into a mixin maps what the mixin needs, and installs the
 * soft-delete listeners when an entity is {@link SoftDeletable}.
 */
public final class MixinsIntegrator implements Integrator {

    @Override
    public void integrate(Metadata metadata, BootstrapContext bootstrapContext, SessionFactoryImplementor sessionFactory) {
        var settings = bootstrapContext.getServiceRegistry().requireService(ConfigurationService.class).getSettings();
        if (!MixinsConfig.enabled(settings)) {
            return;
        }
        if (hasGeneratedAttributes(metadata)) {
            // @CreatedAt / @UpdatedAt (and any other value written at insert) survive a change made after persist.
            InsertThenUpdateListener.install(sessionFactory.getEventListenerRegistry());
        }
        List<PersistentClass> timestamped = entities(metadata, Timestamped.class);
        List<PersistentClass> softDeletable = entities(metadata, SoftDeletable.class);
        boolean softDelete = !softDeletable.isEmpty();
        if (timestamped.isEmpty() && !softDelete) {
            return;
        }
        MixinsRuntime.of(bootstrapContext.getServiceRegistry()); // reads every setting once, failing the boot on a bad one
        softDeletable.forEach(EntityAnnotations::of); // the pack reads the same members as Hibernate
        timestamped.forEach(MixinsIntegrator::checkTimestamps);
        if (softDelete) {
            registerSoftDelete(sessionFactory.getEventListenerRegistry());
        }
    }

    /** Soft delete: our delete listener in the place of Hibernate's, plus load and stateless hooks. */
    private static void registerSoftDelete(EventListenerRegistry registry) {
        var delete = registry.getEventListenerGroup(EventType.DELETE);
        delete.addDuplicationStrategy(new DuplicationStrategy() {
            @Override
            public boolean areMatch(Object listener, Object original) {
                return listener instanceof SoftDeleteEventListener && original instanceof DefaultDeleteEventListener;
            }

            @Override
            public Action getAction() {
                return Action.REPLACE_ORIGINAL;
            }
        });
        delete.appendListener(new SoftDeleteEventListener());
        registry.appendListeners(EventType.LOAD, new SoftDeleteLoadListener());
        registry.appendListeners(EventType.PRE_DELETE, new StatelessSoftDeleteListener());
    }

    private static boolean hasGeneratedAttributes(Metadata metadata) {
        for (PersistentClass entity : metadata.getEntityBindings()) {
            for (Property property : entity.getPropertyClosure()) {
                if (property.getValueGeneratorCreator() != null) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The entities that implement {@code mixin}. */
    private static List<PersistentClass> entities(Metadata metadata, Class<?> mixin) {
        List<PersistentClass> found = new ArrayList<>();
        for (PersistentClass entity : metadata.getEntityBindings()) {
            Class<?> type = entity.getMappedClass();
            if (type != null && mixin.isAssignableFrom(type)) {
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
        EntityAnnotations model = EntityAnnotations.of(entity);
        for (Property property : entity.getPropertyClosure()) {
            if (property.getValueGeneratorCreator() != null && model.has(property.getName(), annotation)) {
                return;
            }
        }
        throw new InvalidMappingException(entity.getEntityName() + " implements Timestamped but has no attribute annotated @"
                + annotation.getSimpleName() + "; annotate an Instant attribute with @" + annotation.getSimpleName()
                + " or extend BaseEntity");
    }
}
