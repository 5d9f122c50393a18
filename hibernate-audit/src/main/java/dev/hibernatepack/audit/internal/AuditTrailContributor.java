// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.audit.internal;

import org.hibernate.boot.ResourceStreamLocator;
import org.hibernate.boot.spi.AdditionalMappingContributions;
import org.hibernate.boot.spi.AdditionalMappingContributor;
import org.hibernate.boot.spi.InFlightMetadataCollector;
import org.hibernate.boot.spi.MetadataBuildingContext;
import org.hibernate.mapping.PersistentClass;

import dev.hibernatepack.audit.AuditTrail;

/**
 * Adds the {@code audit_log} table to the model when an entity has an {@link AuditTrail}, the way
 * Envers adds its tables; otherwise nothing.
 */
public final class AuditTrailContributor implements AdditionalMappingContributor {

    @Override
    public String getContributorName() {
        return "hibernate-pack-audit-trail";
    }

    @Override
    public void contribute(AdditionalMappingContributions contributions, InFlightMetadataCollector metadata,
            ResourceStreamLocator resourceStreamLocator, MetadataBuildingContext buildingContext) {
        if (!AuditConfig.enabled(metadata.getBootstrapContext().getConfigurationService().getSettings())) {
            return;
        }
        for (PersistentClass entity : metadata.getEntityBindings()) {
            if (hasTrail(entity)) {
                contributions.contributeEntity(AuditLogRow.class);
                return;
            }
        }
    }

    static boolean hasTrail(PersistentClass entity) {
        Class<?> type = entity.getMappedClass();
        return type != null && type.isAnnotationPresent(AuditTrail.class);
    }
}
