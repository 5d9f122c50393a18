// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.hibernate.FlushMode;
import org.junit.jupiter.api.Test;

import dev.hibernatepack.audit.internal.AuditLogRow;
import dev.hibernatepack.audit.testmodel.Profile;
import dev.hibernatepack.audit.testmodel.Ticket;
import dev.hibernatepack.testing.HibernateTest;
import dev.hibernatepack.testing.SessionFactoryScope;

/**
 * Scopes opened and closed inside a transaction, as a Spring {@code @Transactional} method opens
 * them: a change is recorded as the user of the scope it was made in, though the transaction
 * commits (and would flush) after the scope closed.
 */
@HibernateTest(entities = {Profile.class, Ticket.class})
class AuditScopeInTransactionIT {

    private static Profile profile(SessionFactoryScope scope, String name) {
        Profile profile = new Profile(name, "hash");
        AuditContext.runAs(1L, () -> scope.inTransaction(session -> session.persist(profile)));
        return profile;
    }

    private static Profile load(SessionFactoryScope scope, Profile profile) {
        return scope.fromTransaction(session -> session.find(Profile.class, profile.getId()));
    }

    private static List<AuditLogRow> updates(SessionFactoryScope scope) {
        return scope.fromTransaction(session -> session.createSelectionQuery(
                "from HibernatePackAuditLog where action = UPDATE order by id", AuditLogRow.class).getResultList());
    }

    @Test
    void aChangeMadeInAScopeIsRecordedAsItsUserThoughTheCommitComesAfterTheScopeClosed(SessionFactoryScope scope) {
        Profile profile = profile(scope, "Ada");
        Ticket ticket = new Ticket("new in the scope");

        scope.inTransaction(session -> {
            Profile loaded = session.find(Profile.class, profile.getId());
            AuditContext.runAs(9L, () -> {
                loaded.setDisplayName("Ada L.");   // dirty-checked: no Hibernate call at all
                session.persist(ticket);           // its insert waits for a flush
            });
            assertThat(AuditContext.currentUser()).isEmpty();
        });

        assertThat(load(scope, profile).getUpdatedBy()).isEqualTo(9L);
        assertThat(updates(scope)).singleElement().satisfies(row -> assertThat(row.getChangedBy()).isEqualTo("9"));
        Ticket stored = scope.fromTransaction(session -> session.find(Ticket.class, ticket.getId()));
        assertThat(stored.getCreatedBy()).isEqualTo(9L);
    }

    @Test
    void withAnOuterScopeTheInnerChangeIsTheInnerUsersAndTheOthersTheOuterUsers(SessionFactoryScope scope) {
        Profile before = profile(scope, "before");
        Profile inner = profile(scope, "inner");
        Profile after = profile(scope, "after");

        AuditContext.runAs(2L, () -> scope.inTransaction(session -> {
            session.find(Profile.class, before.getId()).setDisplayName("changed before the inner scope");
            Profile innerLoaded = session.find(Profile.class, inner.getId());
            Profile afterLoaded = session.find(Profile.class, after.getId());
            try (var zoe = AuditContext.as(3L)) {
                innerLoaded.setDisplayName("changed as zoe");
            }
            afterLoaded.setDisplayName("changed after the inner scope");
        }));

        assertThat(load(scope, before).getUpdatedBy()).isEqualTo(2L);
        assertThat(load(scope, inner).getUpdatedBy()).isEqualTo(3L);
        assertThat(load(scope, after).getUpdatedBy()).isEqualTo(2L);
        assertThat(updates(scope)).extracting(AuditLogRow::getEntityId, AuditLogRow::getChangedBy).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(String.valueOf(before.getId()), "2"),
                org.assertj.core.groups.Tuple.tuple(String.valueOf(inner.getId()), "3"),
                org.assertj.core.groups.Tuple.tuple(String.valueOf(after.getId()), "2"));
    }

    @Test
    void nestedScopesInOneTransactionEachRecordTheirOwnUser(SessionFactoryScope scope) {
        Profile a = profile(scope, "a");
        Profile b = profile(scope, "b");
        Profile c = profile(scope, "c");
        Profile d = profile(scope, "d");

        scope.inTransaction(session -> AuditContext.runAs(4L, () -> {
            session.find(Profile.class, a.getId()).setDisplayName("a by 4");
            AuditContext.runAs(5L, () -> {
                session.find(Profile.class, b.getId()).setDisplayName("b by 5");
                AuditContext.runAs(6L, () -> session.find(Profile.class, c.getId()).setDisplayName("c by 6"));
                session.find(Profile.class, d.getId()).setDisplayName("d by 5");
            });
        }));

        assertThat(List.of(a, b, c, d)).extracting(p -> load(scope, p).getUpdatedBy()).containsExactly(4L, 5L, 6L, 5L);
    }

    @Test
    void aScopeWithoutChangesWritesNothing(SessionFactoryScope scope) {
        Profile profile = profile(scope, "Ada");
        scope.sql().clear();

        scope.inTransaction(session -> {
            session.find(Profile.class, profile.getId());
            AuditContext.runAs(9L, () -> session.find(Profile.class, profile.getId()));
        });
        AuditContext.runAs(9L, () -> { });   // no session on this thread at all

        assertThat(scope.sql().updates()).isEmpty();
        assertThat(scope.sql().inserts()).isEmpty();
        assertThat(load(scope, profile).getUpdatedBy()).isEqualTo(1L);
    }

    @Test
    void aRolledBackTransactionLeavesNeitherTheChangeNorItsTrail(SessionFactoryScope scope) {
        Profile profile = profile(scope, "Ada");

        assertThatThrownBy(() -> scope.inTransaction(session -> {
            AuditContext.runAs(9L, () -> session.find(Profile.class, profile.getId()).setDisplayName("never"));
            throw new IllegalStateException("boom");
        })).hasMessage("boom");

        Profile stored = load(scope, profile);
        assertThat(stored.getUpdatedBy()).isEqualTo(1L);
        assertThat(updates(scope)).isEmpty();
    }

    @Test
    void aChangeMadeWithoutAUserBeforeAScopeOpensFailsThereInsteadOfBecomingTheScopesChange(SessionFactoryScope scope) {
        Profile profile = profile(scope, "Ada");

        assertThatThrownBy(() -> scope.inTransaction(session -> {
            session.find(Profile.class, profile.getId()).setDisplayName("by nobody");
            AuditContext.runAs(9L, () -> { });
        })).isInstanceOf(MissingCurrentUserException.class);

        assertThat(AuditContext.currentUser()).isEmpty();
        assertThat(load(scope, profile).getUpdatedBy()).isEqualTo(1L);
        assertThat(updates(scope)).isEmpty();
    }

    @Test
    void aSessionInManualFlushModeIsLeftToTheApplication(SessionFactoryScope scope) {
        Profile profile = profile(scope, "Ada");
        scope.sql().clear();

        scope.inTransaction(session -> {
            session.setHibernateFlushMode(FlushMode.MANUAL);
            Profile loaded = session.find(Profile.class, profile.getId());
            AuditContext.runAs(9L, () -> loaded.setDisplayName("flushed by the application"));
            assertThat(scope.sql().updates()).isEmpty();
            AuditContext.runAs(7L, session::flush);
        });

        assertThat(load(scope, profile).getUpdatedBy()).isEqualTo(7L);
    }
}
