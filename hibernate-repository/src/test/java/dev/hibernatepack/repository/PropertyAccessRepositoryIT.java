// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.repository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import java.util.Map;

import jakarta.data.Order;
import jakarta.data.Sort;
import jakarta.data.page.PageRequest;

import org.hibernate.cfg.AvailableSettings;
import org.hibernate.query.range.Range;
import org.hibernate.query.restriction.Restriction;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.hibernatepack.repository.testmodel.Ledger;
import dev.hibernatepack.repository.testmodel.Voucher;
import dev.hibernatepack.testing.TestDatabase;

/** Bulk stamping and sort/filter refusals honour the mixins' annotations on getters. */
class PropertyAccessRepositoryIT {

    private static final Instant LONG_AGO = Instant.parse("2001-01-01T00:00:00Z");

    private static Database db;
    private static BaseRepository<Ledger, Long> ledgers;
    private static BaseRepository<Voucher, Long> vouchers;

    @BeforeAll
    static void open() {
        TestDatabase.current().assumeAvailable();
        db = Database.create(DatabaseIT.settings("repository-property-access").load(),
                Map.of(AvailableSettings.HBM2DDL_AUTO, "create-drop"), Ledger.class, Voucher.class);
        ledgers = new BaseRepository<>(db, Ledger.class);
        vouchers = new BaseRepository<>(db, Voucher.class);
    }

    @AfterAll
    static void close() {
        if (db != null) {
            db.close();
        }
    }

    @BeforeEach
    void empty() {
        db.inTransaction(session -> {
            session.createNativeMutationQuery("delete from repo_ledger").executeUpdate();
            session.createNativeMutationQuery("delete from repo_voucher").executeUpdate();
        });
    }

    @Test
    void updateWhereStampsAnUpdatedAtMarkedOnAGetter() {
        Ledger ledger = ledgers.insert(new Ledger("cash", "DE00 1234"));
        db.inTransaction(session -> session.createNativeMutationQuery("update repo_ledger set updated_at = :at")
                .setParameter("at", LONG_AGO).executeUpdate());

        int changed = ledgers.updateWhere(ledgers.where("title", Range.singleValue("cash")), Map.of("title", "bank"));

        assertThat(changed).isEqualTo(1);
        Ledger after = ledgers.getById(ledger.getId());
        assertThat(after.getTitle()).isEqualTo("bank");
        assertThat(after.getUpdatedAt()).isAfter(LONG_AGO);
        assertThatThrownBy(() -> ledgers.updateWhere(Restriction.unrestricted(), Map.of("updatedAt", Instant.EPOCH)))
                .isInstanceOf(InvalidAttributeException.class).hasMessageContaining("the mixins write it");
    }

    @Test
    void aSensitiveGetterCannotBeSortedOrFilteredBy() {
        assertThatThrownBy(() -> ledgers.findAll(Restriction.unrestricted(), Order.by(Sort.asc("iban"))))
                .isInstanceOf(InvalidAttributeException.class).hasMessageContaining("Ledger.iban is @Sensitive");
        assertThatThrownBy(() -> ledgers.count(ledgers.where("iban", Range.singleValue("DE00 1234"))))
                .isInstanceOf(InvalidAttributeException.class).hasMessageContaining("@Sensitive")
                .hasMessageNotContaining("DE00 1234");
    }

    @Test
    void aSensitiveGetterOfAFieldAccessEntityCannotBeSortedOrFilteredByEither() {
        vouchers.insert(new Voucher("summer", "V-1"));

        assertThatThrownBy(() -> vouchers.findAll(PageRequest.ofPage(1), Order.by(Sort.asc("code"))))
                .isInstanceOf(InvalidAttributeException.class).hasMessageContaining("Voucher.code is @Sensitive");
        assertThatThrownBy(() -> vouchers.count(vouchers.where("code", Range.singleValue("V-1"))))
                .isInstanceOf(InvalidAttributeException.class).hasMessageContaining("@Sensitive")
                .hasMessageNotContaining("V-1");
        InvalidAttributeException refused = catchThrowableOfType(InvalidAttributeException.class,
                () -> vouchers.findAll(Restriction.unrestricted(), Order.by(Sort.asc("nope"))));
        assertThat(refused.getMessage()).contains("allowed: ").doesNotContain("code");
    }
}
