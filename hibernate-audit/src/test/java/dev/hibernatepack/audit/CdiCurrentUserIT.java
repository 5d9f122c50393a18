// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.environment.se.WeldContainer;
import org.junit.jupiter.api.Test;

import dev.hibernatepack.audit.spi.CurrentUserResolver;
import dev.hibernatepack.audit.testmodel.AppUser;
import dev.hibernatepack.audit.testmodel.Ticket;
import dev.hibernatepack.testing.SessionFactoryScope;
import dev.hibernatepack.testing.TestDatabase;
import dev.hibernatepack.testing.TestSessionFactories;

/** The resolver named in current_user is a CDI bean, with its injections, when a BeanManager is configured (Weld SE). */
class CdiCurrentUserIT {

    /** Who is signed in, as a request-scoped bean would know it. */
    @ApplicationScoped
    public static class SignedIn {
        private Long userId;

        public Long userId() {
            return userId;
        }

        public void signIn(Long userId) {
            this.userId = userId;
        }
    }

    /** The application's resolver: a CDI bean that reads another bean. */
    @ApplicationScoped
    public static class SignedInUser implements CurrentUserResolver {
        @Inject
        SignedIn signedIn;

        @Override
        public Optional<Object> currentUser() {
            return Optional.ofNullable(signedIn.userId());
        }
    }

    @Test
    void theResolverIsACdiBeanWithItsInjections() {
        TestDatabase.current().assumeAvailable();
        try (WeldContainer container = new Weld("audit-cdi").disableDiscovery().addBeanClasses(SignedIn.class, SignedInUser.class)
                .initialize();
                SessionFactoryScope scope = TestSessionFactories.open(List.of(AppUser.class, Ticket.class),
                        Map.of(AuditSettings.CURRENT_USER, SignedInUser.class.getName(),
                                "jakarta.persistence.bean.manager", container.getBeanManager()), "audit-cdi")) {
            container.select(SignedIn.class).get().signIn(31L);
            Ticket ticket = new Ticket("from CDI");
            scope.inTransaction(session -> session.persist(ticket));
            assertThat(ticket.getCreatedBy()).isEqualTo(31L);
        }
    }
}
