// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.hibernate.event.spi.EventType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.hibernatepack.audit.spi.CurrentUserResolver;
import dev.hibernatepack.audit.testmodel.AppUser;
import dev.hibernatepack.audit.testmodel.Ticket;
import dev.hibernatepack.testing.SessionFactoryScope;
import dev.hibernatepack.testing.TestDatabase;
import dev.hibernatepack.testing.TestSessionFactories;

/** The settings: missing_user, current_user, enabled, and a model without auditable entities. */
class AuditSettingsIT {

    /** Always the same user, as a request-scoped resolver would answer. */
    public static final class FixedUser implements CurrentUserResolver {
        @Override
        public Optional<Object> currentUser() {
            return Optional.of(99L);
        }
    }

    @BeforeEach
    void databaseConfigured() {
        TestDatabase.current().assumeAvailable();
    }

    @Test
    void allowLeavesTheColumnsEmptyWithoutAUser() {
        try (SessionFactoryScope scope = TestSessionFactories.open(List.of(AppUser.class, Ticket.class),
                Map.of(AuditSettings.MISSING_USER, "allow"), "audit-allow")) {
            Ticket ticket = new Ticket("anonymous");
            scope.inTransaction(session -> session.persist(ticket));
            Long createdBy = scope.fromTransaction(session -> session.find(Ticket.class, ticket.getId()).getCreatedBy());
            assertThat(createdBy).isNull();
        }
    }

    @Test
    void aResolverNamedInTheSettingsIsTheSourceOfTheUser() {
        try (SessionFactoryScope scope = TestSessionFactories.open(List.of(AppUser.class, Ticket.class),
                Map.of(AuditSettings.CURRENT_USER, FixedUser.class.getName()), "audit-resolver")) {
            Ticket ticket = new Ticket("resolved");
            scope.inTransaction(session -> session.persist(ticket));
            Long createdBy = scope.fromTransaction(session -> session.find(Ticket.class, ticket.getId()).getCreatedBy());
            assertThat(createdBy).isEqualTo(99L);
        }
    }

    @Test
    void badValuesFailTheBootNamingSettingValueAndWhatIsAllowed() {
        assertThatThrownBy(() -> TestSessionFactories.open(List.of(AppUser.class, Ticket.class),
                Map.of(AuditSettings.MISSING_USER, "maybe"), "audit-bad-missing").close())
                .hasStackTraceContaining("The value [maybe] of the [hibernatepack.audit.missing_user] setting is not supported; allowed: fail, allow");
        assertThatThrownBy(() -> TestSessionFactories.open(List.of(AppUser.class, Ticket.class),
                Map.of(AuditSettings.CURRENT_USER, "com.example.Nowhere"), "audit-bad-resolver").close())
                .hasStackTraceContaining("The value [com.example.Nowhere] of the [hibernatepack.audit.current_user] setting")
                .hasStackTraceContaining("class not found");
    }

    @Test
    void switchedOffOrWithoutAuditableEntitiesTheModuleInstallsNothing() {
        try (SessionFactoryScope off = TestSessionFactories.open(List.of(AppUser.class, Ticket.class),
                Map.of(AuditSettings.ENABLED, "false"), "audit-off");
                SessionFactoryScope none = TestSessionFactories.open(List.of(AppUser.class), Map.of(), "audit-none")) {
            for (SessionFactoryScope scope : List.of(off, none)) {
                var listeners = scope.sessionFactory().getEventListenerRegistry().getEventListenerGroup(EventType.PRE_INSERT);
                assertThat(listeners.listeners()).noneMatch(l -> l.getClass().getName().startsWith("dev.hibernatepack.audit"));
            }
            Ticket ticket = new Ticket("no module");
            off.inTransaction(session -> session.persist(ticket));
            assertThat(ticket.getCreatedBy()).isNull();
        }
    }
}
