// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.mixins;

import static org.assertj.core.api.Assertions.assertThat;

import org.hibernate.Hibernate;
import org.junit.jupiter.api.Test;

import dev.hibernatepack.mixins.testmodel.Truck;
import dev.hibernatepack.mixins.testmodel.Vehicle;
import dev.hibernatepack.testing.HibernateTest;
import dev.hibernatepack.testing.SessionFactoryScope;
import dev.hibernatepack.testing.Setting;

/** JPA proxy compliance makes a proxy's {@code getId()} load it; equals and toString still do not. */
@HibernateTest(entities = {Vehicle.class, Truck.class},
        settings = @Setting(name = "hibernate.jpa.compliance.proxy", value = "true"))
class ProxyIdentityUnderJpaComplianceIT {

    @Test
    void equalsHashCodeAndToStringOfAProxyDoNotLoadItUnderJpaProxyCompliance(SessionFactoryScope scope) {
        Truck truck = new Truck("TR-9", 2);
        scope.inTransaction(session -> session.persist(truck));

        scope.inSession(session -> {
            Vehicle proxy = session.getReference(Vehicle.class, truck.getId());
            scope.sql().clear();

            assertThat(proxy.equals(truck)).isTrue();
            assertThat(truck.equals(proxy)).isTrue();
            assertThat(proxy.hashCode()).isEqualTo(truck.hashCode());
            assertThat(proxy.toString()).isEqualTo("Vehicle(id=" + truck.getId() + ", not loaded)");

            assertThat(scope.sql().statements()).isEmpty();
            assertThat(Hibernate.isInitialized(proxy)).isFalse();
        });
    }
}
