// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.repository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.hibernate.cfg.AvailableSettings;
import org.hibernate.query.range.Range;
import org.hibernate.query.restriction.Restriction;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.hibernatepack.audit.AuditContext;
import dev.hibernatepack.audit.MissingCurrentUserException;
import dev.hibernatepack.mixins.SoftDeletes;
import dev.hibernatepack.repository.testmodel.Memo;
import dev.hibernatepack.testing.TestDatabase;

/** With hibernate-audit on the classpath, the repository's bulk updates record the current user too. */
class RepositoryAuditIT {

    private static Database db;
    private static BaseRepository<Memo, Long> memos;

    @BeforeAll
    static void open() {
        TestDatabase.current().assumeAvailable();
        db = Database.create(DatabaseIT.settings("repository-audit-it").load(), Map.of(AvailableSettings.HBM2DDL_AUTO, "create-drop"),
                Memo.class);
        memos = new BaseRepository<>(db, Memo.class);
    }

    @AfterAll
    static void close() {
        if (db != null) {
            db.close();
        }
    }

    @Test
    void updateWhereSetsUpdatedByAndDeleteWhereSetsDeletedBy() {
        Memo memo = AuditContext.callAs(1L, () -> memos.insert(new Memo("first")));

        int updated = AuditContext.callAs(2L, () -> memos.updateWhere(memos.where("text", Range.singleValue("first")),
                Map.of("text", "second")));
        assertThat(updated).isEqualTo(1);
        assertThat(memos.getById(memo.getId()).getUpdatedBy()).isEqualTo(2L);

        assertThatThrownBy(() -> memos.updateWhere(Restriction.unrestricted(), Map.of("text", "nobody")))
                .isInstanceOf(MissingCurrentUserException.class);
        assertThat(memos.getById(memo.getId()).getText()).isEqualTo("second");

        int deleted = AuditContext.callAs(3L, () -> memos.deleteWhere(memos.where("text", Range.singleValue("second"))));
        assertThat(deleted).isEqualTo(1);
        Memo gone = db.fromTransaction(session -> SoftDeletes.withDeleted(session, () -> session.find(Memo.class, memo.getId())));
        assertThat(gone.getDeletedBy()).isEqualTo(3L);
        assertThat(gone.getUpdatedBy()).isEqualTo(3L);
    }
}
