// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.migrations.naming;

import org.hibernate.boot.model.naming.Identifier;
import org.hibernate.boot.model.naming.ImplicitJoinTableNameSource;
import org.hibernate.boot.model.naming.ImplicitNamingStrategyJpaCompliantImpl;

/**
 * Spring Boot's implicit naming strategy ({@code org.springframework.boot.hibernate.SpringImplicitNamingStrategy}),
 * reproduced: a join table is named after the owning table and the attribute ({@code pack_article_tags}).
 */
public class JoinTableByAttributeNamingStrategy extends ImplicitNamingStrategyJpaCompliantImpl {

    @Override
    public Identifier determineJoinTableName(ImplicitJoinTableNameSource source) {
        return toIdentifier(source.getOwningPhysicalTableName() + "_" + source.getAssociationOwningAttributePath().getProperty(),
                source.getBuildingContext());
    }
}
