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
import dev.hibernatepack.audit.testmodel.Profile;
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
    void blankValuesAndWordsForBooleansAreRefusedByThePacksRule() {
        assertThatThrownBy(() -> TestSessionFactories.open(List.of(AppUser.class, Ticket.class),
                Map.of(AuditSettings.CURRENT_USER, ""), "audit-blank-resolver").close())
                .satisfies(e -> assertThat(causeOfType(e, InvalidAuditSettingException.class)).hasMessage(
                        "The value [] of the [hibernatepack.audit.current_user] setting is not supported; allowed: a CurrentUserResolver"
                                + " instance, or a CurrentUserResolver class (Class or fully qualified name) that is a bean of the"
                                + " application's container (Spring, CDI) or has a public no-argument constructor (a blank value is not a setting: remove it to use the default)"));
        assertThatThrownBy(() -> TestSessionFactories.open(List.of(AppUser.class, Ticket.class),
                Map.of(AuditSettings.MISSING_USER, " "), "audit-blank-missing").close())
                .satisfies(e -> assertThat(causeOfType(e, InvalidAuditSettingException.class)).hasMessage(
                        "The value [ ] of the [hibernatepack.audit.missing_user] setting is not supported; allowed: fail, allow"
                                + " (a blank value is not a setting: remove it to use the default)"));
        assertThatThrownBy(() -> TestSessionFactories.open(List.of(AppUser.class, Ticket.class),
                Map.of(AuditSettings.ENABLED, "yes"), "audit-yes").close())
                .satisfies(e -> assertThat(causeOfType(e, InvalidAuditSettingException.class)).hasMessage(
                        "The value [yes] of the [hibernatepack.audit.enabled] setting is not supported; allowed: true, false"));
        assertThatThrownBy(() -> TestSessionFactories.open(List.of(AppUser.class, Profile.class),
                Map.of(AuditSettings.SENSITIVE_VALUES, "hash", AuditSettings.HASH_KEY, " ".repeat(20)), "audit-blank-key").close())
                .satisfies(e -> assertThat(causeOfType(e, InvalidAuditSettingException.class))
                        .hasMessageStartingWith("The value [(20 characters)] of the [hibernatepack.audit.hash_key] setting is not supported"));
    }

    @Test
    void aResolverNamedByItsClassIsMadeOnce() {
        CountedUser.made.set(0);
        try (SessionFactoryScope scope = TestSessionFactories.open(List.of(AppUser.class, Ticket.class),
                Map.of(AuditSettings.CURRENT_USER, CountedUser.class.getName()), "audit-resolver-once")) {
            for (int i = 0; i < 3; i++) {
                Ticket ticket = new Ticket("ticket " + i);
                scope.inTransaction(session -> session.persist(ticket));
                scope.inTransaction(session -> session.find(Ticket.class, ticket.getId()).setSubject("changed"));
            }
            assertThat(CountedUser.made.get()).isEqualTo(1);
        }
    }

    /** Counts its instances. */
    public static final class CountedUser implements CurrentUserResolver {
        static final java.util.concurrent.atomic.AtomicInteger made = new java.util.concurrent.atomic.AtomicInteger();

        public CountedUser() {
            made.incrementAndGet();
        }

        @Override
        public Optional<Object> currentUser() {
            return Optional.of(7L);
        }
    }

    private static <T extends Throwable> T causeOfType(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        throw new AssertionError("no " + type.getSimpleName() + " in the cause chain of " + e, e);
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

    private static String passwordChanges(SessionFactoryScope scope) {
        Profile profile = new Profile("Ada", "same-secret");
        AuditContext.runAs(1L, () -> {
            scope.inTransaction(session -> session.persist(profile));
            scope.inTransaction(session -> session.find(Profile.class, profile.getId()).setPasswordHash("other-secret"));
        });
        List<String> changes = scope.fromTransaction(session -> session
                .createSelectionQuery("select changes from HibernatePackAuditLog order by id", String.class).getResultList());
        return String.join("\n", changes);
    }

    @Test
    void hashModeRecordsKeyedHashesThatMatchForEqualValues() {
        try (SessionFactoryScope scope = TestSessionFactories.open(List.of(AppUser.class, Profile.class),
                Map.of(AuditSettings.SENSITIVE_VALUES, "hash", AuditSettings.HASH_KEY, "a-test-key-of-enough-length"), "audit-hash")) {
            String changes = passwordChanges(scope);
            assertThat(changes).doesNotContain("same-secret", "other-secret").contains("hmac-sha256:");
            String first = changes.replaceAll("(?s).*?\"passwordHash\":\\{\"old\":null,\"new\":\"(hmac-sha256:[0-9a-f]+)\".*", "$1");
            assertThat(changes).as("the second change's old value is the first one's new value")
                    .contains("\"passwordHash\":{\"old\":\"" + first + "\"");
        }
    }

    @Test
    void omitModeLeavesSensitiveAttributesOutAndWritesNoRowForAChangeOfThemAlone() {
        try (SessionFactoryScope scope = TestSessionFactories.open(List.of(AppUser.class, Profile.class),
                Map.of(AuditSettings.SENSITIVE_VALUES, "omit"), "audit-omit")) {
            String changes = passwordChanges(scope);
            assertThat(changes).doesNotContain("passwordHash", "secret");
        }
    }

    @Test
    void hashModeWithoutAKeyFailsTheBootWithoutShowingTheKey() {
        assertThatThrownBy(() -> TestSessionFactories.open(List.of(AppUser.class, Profile.class),
                Map.of(AuditSettings.SENSITIVE_VALUES, "hash", AuditSettings.HASH_KEY, "short"), "audit-hash-bad").close())
                .hasStackTraceContaining("The value [(5 characters)] of the [hibernatepack.audit.hash_key] setting is not supported")
                .satisfies(e -> assertThat(stackTrace(e)).doesNotContain("short\u005d"));
    }

    private static String stackTrace(Throwable e) {
        var out = new java.io.StringWriter();
        e.printStackTrace(new java.io.PrintWriter(out));
        return out.toString();
    }
}
