// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.audit.internal;

import java.lang.annotation.Annotation;

import org.hibernate.mapping.ManyToOne;
import org.hibernate.mapping.PersistentClass;
import org.hibernate.mapping.Property;

import dev.hibernatepack.audit.CreatedBy;
import dev.hibernatepack.audit.DeletedBy;
import dev.hibernatepack.audit.InvalidAuditMappingException;
import dev.hibernatepack.audit.UpdatedBy;
import dev.hibernatepack.mixins.DeletedFlag;
import dev.hibernatepack.mixins.SoftDeletable;
import dev.hibernatepack.mixins.spi.EntityAnnotations;

/**
 * The two who-attributes of one {@link dev.hibernatepack.audit.Auditable} entity, found and
 * checked at boot.
 *
 * @param entityName the entity
 * @param createdBy its {@link CreatedBy} attribute
 * @param updatedBy its {@link UpdatedBy} attribute
 * @param deletedBy its {@link DeletedBy} attribute, or {@code null}
 * @param deletedFlag the soft-delete flag attribute when there is a {@code deletedBy}, else {@code null}
 */
record WhoColumns(String entityName, Who createdBy, Who updatedBy, Who deletedBy, String deletedFlag) {

    /**
     * One who-attribute: a to-one to {@code userEntity}, or a basic column of {@code idType}.
     *
     * @param name the attribute
     * @param userEntity the user entity's name for a {@code @ManyToOne}, else {@code null}
     * @param idType the Java type of a plain id column, else {@code null}
     */
    record Who(String name, String userEntity, Class<?> idType) {
    }

    static WhoColumns of(PersistentClass entity) {
        EntityAnnotations model = EntityAnnotations.of(entity);
        Who deletedBy = findOptional(entity, model, DeletedBy.class);
        String flag = null;
        if (deletedBy != null) {
            if (!SoftDeletable.class.isAssignableFrom(entity.getMappedClass())) {
                throw new InvalidAuditMappingException(entity.getEntityName() + "." + deletedBy.name()
                        + " is annotated @DeletedBy but the entity is not SoftDeletable: its rows are never soft-deleted");
            }
            flag = flagName(entity, model);
        }
        return new WhoColumns(entity.getEntityName(), find(entity, model, CreatedBy.class), find(entity, model, UpdatedBy.class),
                deletedBy, flag);
    }

    private static String flagName(PersistentClass entity, EntityAnnotations model) {
        for (Property property : entity.getPropertyClosure()) {
            if (model.has(property.getName(), DeletedFlag.class)) {
                return property.getName();
            }
        }
        throw new InvalidAuditMappingException(entity.getEntityName() + " is SoftDeletable but has no @DeletedFlag attribute");
    }

    private static Who find(PersistentClass entity, EntityAnnotations model, Class<? extends Annotation> annotation) {
        Who found = findOptional(entity, model, annotation);
        if (found == null) {
            throw new InvalidAuditMappingException(entity.getEntityName() + " implements Auditable but has no attribute annotated @"
                    + annotation.getSimpleName() + "; add a @ManyToOne to your user entity (or a column for the user's id) annotated @"
                    + annotation.getSimpleName());
        }
        return found;
    }

    private static Who findOptional(PersistentClass entity, EntityAnnotations model, Class<? extends Annotation> annotation) {
        for (Property property : entity.getPropertyClosure()) {
            if (!model.has(property.getName(), annotation)) {
                continue;
            }
            if (property.getValue() instanceof ManyToOne toOne) {
                return new Who(property.getName(), toOne.getReferencedEntityName(), null);
            }
            if (property.getValue().isSimpleValue() && property.getType().getReturnedClass() != null
                    && !property.getType().isComponentType() && !property.getType().isCollectionType()) {
                return new Who(property.getName(), null, property.getType().getReturnedClass());
            }
            throw new InvalidAuditMappingException(entity.getEntityName() + "." + property.getName() + " is annotated @"
                    + annotation.getSimpleName() + " but is neither a @ManyToOne to the user entity nor a basic id column");
        }
        return null;
    }
}
