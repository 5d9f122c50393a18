// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.mixins;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.hibernate.Hibernate;
import org.hibernate.engine.spi.SessionImplementor;
import org.hibernate.proxy.HibernateProxy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import dev.hibernatepack.mixins.testmodel.Article;
import dev.hibernatepack.mixins.testmodel.Author;
import dev.hibernatepack.mixins.testmodel.Trip;
import dev.hibernatepack.mixins.testmodel.Truck;
import dev.hibernatepack.mixins.testmodel.Vehicle;
import dev.hibernatepack.testing.HibernateTest;
import dev.hibernatepack.testing.SessionFactoryScope;

/**
 * {@code equals}, {@code hashCode}, {@code toString} and {@code toMap} of uninitialized proxies,
 * attached to their session or detached from it, never load them and never throw. On enhanced
 * classes an entity outside any hierarchy is its own proxy ("enhancement as proxy"); a reference
 * into a hierarchy is a Hibernate proxy in both runs.
 */
@HibernateTest(entities = {Article.class, Author.class, Vehicle.class, Truck.class, Trip.class})
class ProxyIdentityIT {

    /** Where the uninitialized proxy comes from. */
    enum Origin { GET_REFERENCE, LAZY_MANY_TO_ONE }

    private record Fixture(Long adaId, Long graceId, Long articleId, Long truckId, Long tripId) {
    }

    private static Fixture saved(SessionFactoryScope scope) {
        Fixture fixture = scope.fromTransaction(session -> {
            Author ada = new Author("Ada");
            Author grace = new Author("Grace");
            session.persist(ada);
            session.persist(grace);
            Article article = new Article("Hello");
            article.setAuthor(ada);
            session.persist(article);
            Truck truck = new Truck("TR-1", 3);
            session.persist(truck);
            Trip trip = new Trip(truck);
            session.persist(trip);
            return new Fixture(ada.getId(), grace.getId(), article.getId(), truck.getId(), trip.getId());
        });
        scope.sql().clear();
        return fixture;
    }

    private static Author uninitializedAda(SessionImplementor session, Origin origin, Fixture fixture) {
        Author ada = switch (origin) {
            case GET_REFERENCE -> session.getReference(Author.class, fixture.adaId());
            case LAZY_MANY_TO_ONE -> session.find(Article.class, fixture.articleId()).getAuthor();
        };
        assertThat(Hibernate.isInitialized(ada)).as("the proxy is uninitialized").isFalse();
        return ada;
    }

    private static Vehicle uninitializedTruck(SessionImplementor session, Origin origin, Fixture fixture) {
        Vehicle vehicle = switch (origin) {
            case GET_REFERENCE -> session.getReference(Vehicle.class, fixture.truckId());
            case LAZY_MANY_TO_ONE -> session.find(Trip.class, fixture.tripId()).getVehicle();
        };
        assertThat(vehicle).as("a reference into a hierarchy is a Hibernate proxy").isInstanceOf(HibernateProxy.class);
        assertThat(Hibernate.isInitialized(vehicle)).as("the proxy is uninitialized").isFalse();
        return vehicle;
    }

    private static <T> T loaded(SessionFactoryScope scope, Class<T> type, Long id) {
        T entity = scope.fromSession(session -> session.find(type, id));
        scope.sql().clear();
        return entity;
    }

    /** Both sides of equals, hashCode and hash sets agree that the proxy is the entity. */
    private static void assertSameRow(BaseEntity entity, BaseEntity proxy) {
        assertThat(entity.equals(proxy)).as("entity.equals(proxy)").isTrue();
        assertThat(proxy.equals(entity)).as("proxy.equals(entity)").isTrue();
        assertThat(proxy.equals(proxy)).as("proxy.equals(proxy)").isTrue();
        assertThat(proxy.hashCode()).as("hashCode").isEqualTo(entity.hashCode());
        assertThat(new HashSet<>(Set.of(entity)).contains(proxy)).as("a set of the entity contains the proxy").isTrue();
        assertThat(new HashSet<>(Set.of(proxy)).contains(entity)).as("a set of the proxy contains the entity").isTrue();
    }

    @ParameterizedTest
    @EnumSource(Origin.class)
    void anAttachedUninitializedProxyEqualsItsEntityBothWaysWithoutLoading(Origin origin, SessionFactoryScope scope) {
        Fixture fixture = saved(scope);
        Author ada = loaded(scope, Author.class, fixture.adaId());
        Author grace = loaded(scope, Author.class, fixture.graceId());

        scope.inSession(session -> {
            Author proxy = uninitializedAda(session, origin, fixture);
            scope.sql().clear();

            assertSameRow(ada, proxy);
            assertThat(proxy.equals(grace)).isFalse();
            assertThat(grace.equals(proxy)).isFalse();
            assertThat(proxy.equals(new Author("Ada"))).isFalse();

            assertThat(scope.sql().statements()).isEmpty();
            assertThat(Hibernate.isInitialized(proxy)).isFalse();
        });
    }

    @ParameterizedTest
    @EnumSource(Origin.class)
    void aDetachedUninitializedProxyEqualsItsEntityBothWaysWithoutThrowing(Origin origin, SessionFactoryScope scope) {
        Fixture fixture = saved(scope);
        Author ada = loaded(scope, Author.class, fixture.adaId());
        Author grace = loaded(scope, Author.class, fixture.graceId());
        Author proxy = scope.fromSession(session -> uninitializedAda(session, origin, fixture));
        scope.sql().clear();

        assertSameRow(ada, proxy);
        assertThat(proxy.equals(grace)).isFalse();
        assertThat(grace.equals(proxy)).isFalse();

        assertThat(scope.sql().statements()).isEmpty();
        assertThat(Hibernate.isInitialized(proxy)).isFalse();
    }

    @Test
    void proxiesOfOneRowFromTwoSessionsAreEqual(SessionFactoryScope scope) {
        Fixture fixture = saved(scope);
        Author detached = scope.fromSession(session -> uninitializedAda(session, Origin.GET_REFERENCE, fixture));
        Author otherRow = scope.fromSession(session -> uninitializedAda(session, Origin.GET_REFERENCE,
                new Fixture(fixture.graceId(), null, null, null, null)));

        scope.inSession(session -> {
            Author attached = uninitializedAda(session, Origin.LAZY_MANY_TO_ONE, fixture);
            scope.sql().clear();

            assertSameRow(attached, detached);
            assertSameRow(detached, attached);
            assertThat(attached.equals(otherRow)).isFalse();
            assertThat(otherRow.equals(detached)).isFalse();
            assertThat(scope.sql().statements()).isEmpty();
        });
    }

    @ParameterizedTest
    @EnumSource(Origin.class)
    void aProxyOfTheHierarchyRootEqualsTheSubclassEntityWithoutLoading(Origin origin, SessionFactoryScope scope) {
        Fixture fixture = saved(scope);
        Truck truck = loaded(scope, Truck.class, fixture.truckId());
        Vehicle detached = scope.fromSession(session -> uninitializedTruck(session, origin, fixture));
        scope.sql().clear();

        assertSameRow(truck, detached);
        scope.inSession(session -> {
            Vehicle attached = uninitializedTruck(session, origin, fixture);
            scope.sql().clear();

            assertSameRow(truck, attached);
            assertSameRow(detached, attached);
            assertThat(attached.toString()).isEqualTo("Vehicle(id=" + fixture.truckId() + ", not loaded)");
            assertThat(Hibernate.isInitialized(attached)).isFalse();
        });
        assertThat(detached.toString()).isEqualTo("Vehicle(id=" + fixture.truckId() + ", not loaded)");
        assertThat(scope.sql().statements()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Origin.class)
    void toStringOfAnUninitializedProxyNamesEntityAndIdWithoutLoading(Origin origin, SessionFactoryScope scope) {
        Fixture fixture = saved(scope);
        String expected = "Author(id=" + fixture.adaId() + ", not loaded)";

        Author detached = scope.fromSession(session -> {
            Author attached = uninitializedAda(session, origin, fixture);
            scope.sql().clear();
            assertThat(attached.toString()).isEqualTo(expected);
            assertThat(scope.sql().statements()).isEmpty();
            assertThat(Hibernate.isInitialized(attached)).isFalse();
            return attached;
        });

        assertThat(detached.toString()).isEqualTo(expected);
        assertThat(scope.sql().statements()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Origin.class)
    void toMapOfAnUninitializedProxyHoldsOnlyItsIdWithoutLoading(Origin origin, SessionFactoryScope scope) {
        Fixture fixture = saved(scope);

        Author detached = scope.fromSession(session -> {
            Author attached = uninitializedAda(session, origin, fixture);
            scope.sql().clear();
            assertThat(attached.toMap()).isEqualTo(Map.of("id", fixture.adaId()));
            assertThat(scope.sql().statements()).isEmpty();
            assertThat(Hibernate.isInitialized(attached)).isFalse();
            return attached;
        });

        assertThat(detached.toMap()).isEqualTo(Map.of("id", fixture.adaId()));
        assertThat(scope.sql().statements()).isEmpty();
    }

    @Test
    void anInitializedProxyShowsItsAttributesAfterItsSessionCloses(SessionFactoryScope scope) {
        Fixture fixture = saved(scope);
        Vehicle vehicle = scope.fromSession(session -> {
            Vehicle proxy = uninitializedTruck(session, Origin.GET_REFERENCE, fixture);
            Hibernate.initialize(proxy);
            return proxy;
        });
        Author author = scope.fromSession(session -> {
            Author proxy = uninitializedAda(session, Origin.LAZY_MANY_TO_ONE, fixture);
            Hibernate.initialize(proxy);
            return proxy;
        });
        scope.sql().clear();

        assertThat(vehicle.toString()).startsWith("Truck(id=" + fixture.truckId() + ", ").contains("axles=3", "plate=TR-1");
        assertThat(vehicle.toMap()).containsEntry("id", fixture.truckId()).containsEntry("plate", "TR-1")
                .containsEntry("axles", 3);
        assertThat(author.toString()).startsWith("Author(id=" + fixture.adaId() + ", ").contains("name=Ada");
        assertSameRow(loaded(scope, Truck.class, fixture.truckId()), vehicle);
        assertThat(scope.sql().statements()).isEmpty();
    }
}
