// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.mixins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Map;

import org.hibernate.Hibernate;
import org.junit.jupiter.api.Test;

import dev.hibernatepack.mixins.internal.EntityMaps;
import dev.hibernatepack.mixins.testmodel.Author;
import dev.hibernatepack.mixins.testmodel.Badge;
import dev.hibernatepack.mixins.testmodel.Gadget;
import dev.hibernatepack.mixins.testmodel.Member;
import dev.hibernatepack.testing.HibernateTest;
import dev.hibernatepack.testing.SessionFactoryScope;

/** The mixins honour their annotations on getters, with property access declared, implied, or not used at all. */
@HibernateTest(entities = {Member.class, Gadget.class, Badge.class, Author.class})
class PropertyAccessIT {

    private static Long member(SessionFactoryScope scope) {
        return scope.fromTransaction(session -> {
            Author sponsor = new Author("Ada");
            session.persist(sponsor);
            Member member = new Member("Grace", 4711);
            member.setSponsor(sponsor);
            session.persist(member);
            return member.getId();
        });
    }

    @Test
    void aSensitiveGetterOfAPropertyAccessEntityStaysOutOfToMapAndIsMaskedByToString(SessionFactoryScope scope) {
        Long id = member(scope);
        scope.inSession(session -> {
            Member member = session.find(Member.class, id);

            Map<String, Object> map = member.toMap();
            assertThat(map).containsEntry("id", id).containsEntry("name", "Grace").containsKeys("createdAt", "sponsor")
                    .doesNotContainKey("pin");
            assertThat(map.values()).doesNotContain(4711);
            assertThat(member.toString()).contains("name=Grace").contains("pin=****").doesNotContain("4711");
        });
    }

    @Test
    void toMapOfAPropertyAccessEntityNeverLoadsItsLazyAssociation(SessionFactoryScope scope) {
        Long id = member(scope);
        scope.inSession(session -> {
            Member member = session.find(Member.class, id);
            scope.sql().clear();

            Object sponsorId = member.toMap().get("sponsor");
            member.toString();

            assertThat(sponsorId).isNotNull();
            assertThat(Hibernate.isInitialized(member.getSponsor())).isFalse();
            assertThat(scope.sql().statements()).isEmpty();
        });
    }

    @Test
    void updateFromMapWritesThroughTheSettersAndNeverEchoesASensitiveValue(SessionFactoryScope scope) {
        Long id = member(scope);
        InvalidAttributesException refused = catchThrowableOfType(InvalidAttributesException.class,
                () -> scope.inTransaction(session -> session.find(Member.class, id).updateFromMap(Map.of("pin", "12ab"))));
        assertThat(refused.getProblems()).containsOnlyKeys("pin");
        assertThat(refused.getMessage()).doesNotContain("12ab");

        scope.inTransaction(session -> session.find(Member.class, id).updateFromMap(Map.of("name", "Grace H.", "pin", "1234")));

        Member stored = scope.fromSession(session -> session.find(Member.class, id));
        assertThat(stored.getName()).isEqualTo("Grace H.");
        assertThat(stored.getPin()).isEqualTo(1234);
    }

    @Test
    void timestampsAndSoftDeleteWorkWhenTheirAnnotationsSitOnGetters(SessionFactoryScope scope) {
        Gadget gadget = new Gadget("lamp", "SN-1");
        scope.inTransaction(session -> session.persist(gadget));
        assertThat(gadget.getCreatedAt()).isNotNull();
        assertThat(gadget.getUpdatedAt()).isNotNull();

        scope.inTransaction(session -> session.remove(session.find(Gadget.class, gadget.getId())));

        assertThat(scope.<Gadget>fromSession(session -> session.find(Gadget.class, gadget.getId()))).isNull();
        Gadget deleted = scope.fromSession(session -> SoftDeletes.withDeleted(session,
                () -> session.find(Gadget.class, gadget.getId())));
        assertThat(deleted.isDeleted()).isTrue();
        assertThat(deleted.getDeletedAt()).isNotNull();

        scope.inTransaction(session -> SoftDeletes.withDeleted(session, () -> session.find(Gadget.class, gadget.getId()).restore()));
        Gadget restored = scope.fromSession(session -> session.find(Gadget.class, gadget.getId()));
        assertThat(restored.isDeleted()).isFalse();
        assertThat(restored.getDeletedAt()).isNull();
    }

    @Test
    void aSensitiveGetterIsLeftOutWhenPropertyAccessIsImpliedByTheId(SessionFactoryScope scope) {
        Gadget gadget = new Gadget("lamp", "SN-1");
        scope.inTransaction(session -> session.persist(gadget));

        Gadget loaded = scope.fromSession(session -> session.find(Gadget.class, gadget.getId()));
        assertThat(EntityMaps.toMap(loaded)).containsEntry("label", "lamp").doesNotContainKey("serial");
        assertThat(EntityMaps.toString(loaded)).contains("serial=****").doesNotContain("SN-1");
    }

    @Test
    void aSensitiveGetterOfAFieldAccessEntityIsStillMasked(SessionFactoryScope scope) {
        Badge badge = new Badge("Ada", "B-999");
        scope.inTransaction(session -> session.persist(badge));

        Badge loaded = scope.fromSession(session -> session.find(Badge.class, badge.getId()));
        assertThat(loaded.toMap()).containsEntry("holder", "Ada").doesNotContainKey("code");
        assertThat(loaded.toString()).contains("code=****").doesNotContain("B-999");
    }

    /** The stateless doors (Jakarta Data repositories) on an entity whose soft-delete annotations sit on getters. */
    @Test
    void aStatelessSessionHidesAndSoftDeletesPropertyAccessRows(SessionFactoryScope scope) {
        Member kept = new Member("kept", 1);
        Member gone = new Member("gone", 2);
        scope.inTransaction(session -> {
            session.persist(kept);
            session.persist(gone);
        });

        int deleted = scope.fromStatelessTransaction(session -> session.createMutationQuery("delete from Member where id = :id")
                .setParameter("id", gone.getId()).executeUpdate());

        assertThat(deleted).isEqualTo(1);
        scope.inStatelessTransaction(session -> {
            assertThat(session.createSelectionQuery("select m.name from Member m where m.id in (:ids)", String.class)
                    .setParameter("ids", java.util.List.of(kept.getId(), gone.getId())).getResultList()).containsExactly("kept");
            assertThat(session.get(Member.class, gone.getId())).isNull();
            Member found = SoftDeletes.withDeleted(session, () -> session.get(Member.class, gone.getId()));
            assertThat(found.isDeleted()).isTrue();
            assertThat(found.getDeletedAt()).isNotNull();
        });
    }
}
