// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.slug;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import dev.hibernatepack.slug.testmodel.Recipe;
import dev.hibernatepack.slug.testmodel.Venue;
import dev.hibernatepack.testing.HibernateTest;
import dev.hibernatepack.testing.SessionFactoryScope;

/** {@code @Slug} on a getter makes a slug, with property access or with field access. */
@HibernateTest(entities = {Recipe.class, Venue.class})
class PropertyAccessSlugIT {

    @Test
    void aSlugOnTheGetterOfAPropertyAccessEntityIsGeneratedAndKeptUnique(SessionFactoryScope scope) {
        Recipe first = new Recipe("Apple Pie");
        Recipe second = new Recipe("Apple Pie");
        scope.inTransaction(session -> session.persist(first));
        scope.inTransaction(session -> session.persist(second));

        assertThat(scope.<String>fromSession(session -> session.find(Recipe.class, first.getId()).getSlug())).isEqualTo("apple-pie");
        assertThat(scope.<String>fromSession(session -> session.find(Recipe.class, second.getId()).getSlug())).isEqualTo("apple-pie-2");
    }

    @Test
    void aSlugOnTheGetterOfAFieldAccessEntityIsGenerated(SessionFactoryScope scope) {
        Venue venue = new Venue("Royal Albert Hall");
        scope.inTransaction(session -> session.persist(venue));

        assertThat(scope.<String>fromSession(session -> session.find(Venue.class, venue.getId()).getSlug()))
                .isEqualTo("royal-albert-hall");
    }
}
