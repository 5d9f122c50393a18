// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import dev.hibernatepack.audit.testmodel.AppUser;
import dev.hibernatepack.audit.testmodel.Document;
import dev.hibernatepack.audit.testmodel.Ticket;
import dev.hibernatepack.testing.HibernateTest;
import dev.hibernatepack.testing.SessionFactoryScope;

/** created_by / updated_by filled from the current user, in both shapes, in Session and StatelessSession. */
@HibernateTest(entities = {AppUser.class, Document.class, Ticket.class})
class WhoColumnsIT {

    private static AppUser user(SessionFactoryScope scope, String name) {
        AppUser user = new AppUser(name);
        scope.inTransaction(session -> session.persist(user));
        return user;
    }

    private static Long[] whoOf(SessionFactoryScope scope, Document document) {
        return scope.fromTransaction(session -> {
            Document loaded = session.find(Document.class, document.getId());
            return new Long[] {loaded.getCreatedBy() == null ? null : loaded.getCreatedBy().getId(),
                loaded.getUpdatedBy() == null ? null : loaded.getUpdatedBy().getId()};
        });
    }

    @Test
    void anInsertRecordsTheCurrentUserAsCreatorAndUpdater(SessionFactoryScope scope) {
        AppUser ada = user(scope, "ada");
        Document document = new Document("draft");

        AuditContext.runAs(ada, () -> scope.inTransaction(session -> session.persist(document)));

        assertThat(whoOf(scope, document)).containsExactly(ada.getId(), ada.getId());
        assertThat(document.getCreatedBy()).as("the entity holds what was written").isNotNull();
    }

    @Test
    void anUpdateRecordsOnlyTheUpdaterAndAFlushWithoutChangesRecordsNothing(SessionFactoryScope scope) {
        AppUser ada = user(scope, "ada");
        AppUser grace = user(scope, "grace");
        Document document = new Document("draft");
        AuditContext.runAs(ada, () -> scope.inTransaction(session -> session.persist(document)));

        scope.sql().clear();
        AuditContext.runAs(grace, () -> scope.inTransaction(session -> session.find(Document.class, document.getId())));
        assertThat(scope.sql().updates()).as("nothing changed, nothing written").isEmpty();
        assertThat(whoOf(scope, document)).containsExactly(ada.getId(), ada.getId());

        AuditContext.runAs(grace, () -> scope.inTransaction(session -> session.find(Document.class, document.getId()).setTitle("final")));
        assertThat(whoOf(scope, document)).containsExactly(ada.getId(), grace.getId());
    }

    @Test
    void theUserMayBeGivenByIdForAForeignKey(SessionFactoryScope scope) {
        AppUser ada = user(scope, "ada");
        Document document = new Document("by id");

        AuditContext.runAs(ada.getId(), () -> scope.inTransaction(session -> session.persist(document)));

        assertThat(whoOf(scope, document)).containsExactly(ada.getId(), ada.getId());
    }

    @Test
    void plainIdColumnsTakeTheIdOrTheUserEntitysId(SessionFactoryScope scope) {
        AppUser ada = user(scope, "ada");
        Ticket byId = new Ticket("by id");
        Ticket byEntity = new Ticket("by entity");

        AuditContext.runAs(42L, () -> scope.inTransaction(session -> session.persist(byId)));
        AuditContext.runAs(ada, () -> scope.inTransaction(session -> session.persist(byEntity)));
        AuditContext.runAs(7L, () -> scope.inTransaction(session -> session.find(Ticket.class, byId.getId()).setSubject("changed")));

        Ticket changed = scope.fromTransaction(session -> session.find(Ticket.class, byId.getId()));
        assertThat(changed.getCreatedBy()).isEqualTo(42L);
        assertThat(changed.getUpdatedBy()).isEqualTo(7L);
        Long byEntityCreator = scope.fromTransaction(session -> session.find(Ticket.class, byEntity.getId()).getCreatedBy());
        assertThat(byEntityCreator).isEqualTo(ada.getId());
    }

    @Test
    void aStatelessSessionFillsThemToo(SessionFactoryScope scope) {
        AppUser ada = user(scope, "ada");
        AppUser grace = user(scope, "grace");
        Document document = new Document("stateless");

        AuditContext.runAs(ada, () -> scope.inStatelessTransaction(session -> session.insert(document)));
        assertThat(whoOf(scope, document)).containsExactly(ada.getId(), ada.getId());

        AuditContext.runAs(grace, () -> scope.inStatelessTransaction(session -> {
            Document loaded = session.get(Document.class, document.getId());
            loaded.setTitle("changed statelessly");
            session.update(loaded);
        }));
        assertThat(whoOf(scope, document)).containsExactly(ada.getId(), grace.getId());
    }

    @Test
    void withoutACurrentUserTheWriteFailsNamingTheEntityAndNothingIsWritten(SessionFactoryScope scope) {
        assertThatThrownBy(() -> scope.inTransaction(session -> session.persist(new Ticket("anonymous"))))
                .isInstanceOfSatisfying(MissingCurrentUserException.class, e -> assertThat(e.entityName()).endsWith("Ticket"))
                .hasMessageContaining("Ticket.createdBy").hasMessageContaining("AuditContext.runAs")
                .hasMessageContaining(AuditSettings.MISSING_USER);
        long tickets = scope.fromTransaction(session -> session.createSelectionQuery("select count(*) from Ticket", Long.class)
                .getSingleResult());
        assertThat(tickets).isZero();
    }

    @Test
    void aUserThatDoesNotFitTheColumnIsRefusedClearly(SessionFactoryScope scope) {
        assertThatThrownBy(() -> AuditContext.runAs("ada", () -> scope.inTransaction(session -> session.persist(new Ticket("x")))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("[ada] (String) does not fit").hasMessageContaining("Ticket.createdBy (Long)");
        AppUser unsaved = new AppUser("not persisted");
        assertThatThrownBy(() -> AuditContext.runAs(unsaved, () -> scope.inTransaction(session -> session.persist(new Document("x")))))
                .hasMessageContaining("has no id yet");
    }

    @Test
    void theForeignKeysAreInTheSchema(SessionFactoryScope scope) {
        List<String> columns = scope.fromSession(session -> session.doReturningWork(connection -> {
            DatabaseMetaData meta = connection.getMetaData();
            List<String> found = new ArrayList<>();
            for (String table : List.of("audit_document", "AUDIT_DOCUMENT")) {
                try (ResultSet keys = meta.getImportedKeys(null, null, table)) {
                    while (keys.next()) {
                        found.add(keys.getString("FKCOLUMN_NAME").toLowerCase(Locale.ROOT) + "->"
                                + keys.getString("PKTABLE_NAME").toLowerCase(Locale.ROOT));
                    }
                }
            }
            return found;
        }));
        assertThat(columns).containsExactlyInAnyOrder("created_by->app_user", "updated_by->app_user");
    }

    @Test
    void aBulkUpdateStatementDoesNotSetUpdatedByAndThatIsTheDocumentedLimit(SessionFactoryScope scope) {
        Ticket ticket = new Ticket("bulk");
        AuditContext.runAs(42L, () -> scope.inTransaction(session -> session.persist(ticket)));

        int changed = AuditContext.callAs(7L, () -> scope.fromTransaction(session -> session
                .createMutationQuery("update Ticket set subject = 'changed in bulk'").executeUpdate()));

        assertThat(changed).isEqualTo(1);
        Long updatedBy = scope.fromTransaction(session -> session.find(Ticket.class, ticket.getId()).getUpdatedBy());
        assertThat(updatedBy).as("bulk statements bypass entity events; set updatedBy in the statement").isEqualTo(42L);
    }
}
