// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.mixins.internal;

import org.hibernate.boot.model.TypeContributions;
import org.hibernate.boot.model.TypeContributor;
import org.hibernate.service.ServiceRegistry;

/** Lets entities hold a {@link dev.hibernatepack.mixins.Password} attribute with no annotation. */
public final class MixinsTypeContributor implements TypeContributor {

    @Override
    public void contribute(TypeContributions typeContributions, ServiceRegistry serviceRegistry) {
        typeContributions.contributeJavaType(PasswordJavaType.INSTANCE);
    }
}
