// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.environment.se.WeldContainer;
import org.junit.jupiter.api.Test;

import dev.hibernatepack.audit.internal.AuditLogRow;
import dev.hibernatepack.audit.spi.CurrentUserResolver;
import dev.hibernatepack.audit.testmodel.AppUser;
import dev.hibernatepack.audit.testmodel.Note;
import dev.hibernatepack.audit.testmodel.Notes;
import dev.hibernatepack.audit.testmodel.Notes_;
import dev.hibernatepack.mixins.SoftDeletes;
import dev.hibernatepack.testing.SessionFactoryScope;
import dev.hibernatepack.testing.TestDatabase;
import dev.hibernatepack.testing.TestSessionFactories;

/**
 * A generated Jakarta Data repository, on a StatelessSession, takes the current user from a
 * resolver that is a CDI bean with its injections (Weld SE), as a Session does.
 */
class JakartaDataCdiUserIT {

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

    private static List<Object> who(SessionFactoryScope scope, Note note) {
        Object[] row = scope.fromTransaction(session -> SoftDeletes.withDeleted(session, () -> session
                .createSelectionQuery("select createdBy.id, updatedBy.id, deletedBy.id from Note where id = :id", Object[].class)
                .setParameter("id", note.getId()).getSingleResult()));
        return Arrays.asList(row);
    }

    @Test
    void insertUpdateAndDeleteThroughTheRepositoryTakeTheUserFromTheCdiBean() {
        TestDatabase.current().assumeAvailable();
        try (WeldContainer container = new Weld("audit-data-cdi").disableDiscovery().addBeanClasses(SignedIn.class, SignedInUser.class)
                .initialize();
                SessionFactoryScope scope = TestSessionFactories.open(List.of(AppUser.class, Note.class),
                        Map.of(AuditSettings.CURRENT_USER, SignedInUser.class.getName(),
                                "jakarta.persistence.bean.manager", container.getBeanManager()), "audit-data-cdi")) {
            SignedIn signedIn = container.select(SignedIn.class).get();
            AppUser ada = new AppUser("ada");
            AppUser grace = new AppUser("grace");
            scope.inTransaction(session -> {
                session.persist(ada);
                session.persist(grace);
            });

            signedIn.signIn(ada.getId());
            Note note = scope.fromStatelessTransaction(session -> new Notes_(session).insert(new Note("Draft", "s3cret")));
            assertThat(who(scope, note)).containsExactly(ada.getId(), ada.getId(), null);

            signedIn.signIn(grace.getId());
            scope.inStatelessTransaction(session -> {
                Notes notes = new Notes_(session);
                Note loaded = notes.findById(note.getId()).orElseThrow();
                loaded.setTitle("Final");
                notes.update(loaded);
            });
            assertThat(who(scope, note)).containsExactly(ada.getId(), grace.getId(), null);

            signedIn.signIn(ada.getId());
            scope.inStatelessTransaction(session -> {
                Notes notes = new Notes_(session);
                notes.delete(notes.findById(note.getId()).orElseThrow());
            });
            assertThat(who(scope, note)).containsExactly(ada.getId(), ada.getId(), ada.getId());

            List<AuditLogRow> trail = scope.fromTransaction(session -> session
                    .createSelectionQuery("from HibernatePackAuditLog order by id", AuditLogRow.class).getResultList());
            assertThat(trail).extracting(AuditLogRow::getAction)
                    .containsExactly(AuditAction.INSERT, AuditAction.UPDATE, AuditAction.SOFT_DELETE);
            assertThat(trail).extracting(AuditLogRow::getChangedBy)
                    .containsExactly(String.valueOf(ada.getId()), String.valueOf(grace.getId()), String.valueOf(ada.getId()));
            assertThat(trail).allSatisfy(row -> assertThat(row.getChanges()).doesNotContain("s3cret"));
        }
    }
}
