// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.migrations.naming;

import org.hibernate.boot.ResourceStreamLocator;
import org.hibernate.boot.spi.AdditionalMappingContributions;
import org.hibernate.boot.spi.AdditionalMappingContributor;
import org.hibernate.boot.spi.InFlightMetadataCollector;
import org.hibernate.boot.spi.MetadataBuildingContext;

/** Adds {@link ArticleHistoryRow} when the setting {@value #ENABLED} is true, the way the pack's own contributors add their tables. */
public class HistoryContributor implements AdditionalMappingContributor {

    public static final String ENABLED = "migrations.test.article_history";

    @Override
    public String getContributorName() {
        return "migrations-test-history";
    }

    @Override
    public void contribute(AdditionalMappingContributions contributions, InFlightMetadataCollector metadata,
            ResourceStreamLocator resourceStreamLocator, MetadataBuildingContext buildingContext) {
        Object enabled = metadata.getBootstrapContext().getConfigurationService().getSettings().get(ENABLED);
        if (enabled != null && Boolean.parseBoolean(enabled.toString())) {
            contributions.contributeEntity(ArticleHistoryRow.class);
        }
    }
}
