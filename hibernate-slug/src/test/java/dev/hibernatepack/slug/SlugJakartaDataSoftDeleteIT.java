// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.slug;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

import dev.hibernatepack.mixins.SoftDeletes;
import dev.hibernatepack.slug.data.Topics;
import dev.hibernatepack.slug.data.Topics_;
import dev.hibernatepack.slug.testmodel.Topic;
import dev.hibernatepack.testing.HibernateTest;
import dev.hibernatepack.testing.SessionFactoryScope;

/**
 * Slugs of a soft-deletable entity with {@code @UniqueWhileActive("slug")} through a Jakarta Data
 * repository: unique among live rows, a deleted row's slug free again, deleted rows not found.
 */
@HibernateTest(entities = Topic.class)
class SlugJakartaDataSoftDeleteIT {

    private static <R> R topics(SessionFactoryScope scope, Function<Topics, R> work) {
        return scope.fromStatelessTransaction(session -> work.apply(new Topics_(session)));
    }

    private static void delete(SessionFactoryScope scope, Topic topic) {
        topics(scope, topics -> {
            topics.delete(topic);
            return null;
        });
    }

    @Test
    void aSlugHeldOnlyByADeletedRowIsTakenAgain(SessionFactoryScope scope) {
        Topic deleted = topics(scope, topics -> topics.insert(new Topic("Release plan")));
        delete(scope, deleted);

        Topic next = topics(scope, topics -> topics.insert(new Topic("Release plan")));

        assertThat(next.getSlug()).isEqualTo("release-plan");
        assertThat(deleted.getSlug()).isEqualTo("release-plan");
        long holders = scope.fromTransaction(session -> SoftDeletes.withDeleted(session, () -> session.createSelectionQuery(
                "select count(*) from Topic where slug = 'release-plan'", Long.class).getSingleResult()));
        assertThat(holders).isEqualTo(2L);
    }

    @Test
    void liveRowsGetTheNextFreeSuffixWithinOneInsertAll(SessionFactoryScope scope) {
        List<Topic> first = topics(scope, topics -> topics.insertAll(List.of(new Topic("Agenda"), new Topic("Agenda"))));
        delete(scope, first.get(0));

        List<Topic> next = topics(scope, topics -> topics.insertAll(List.of(new Topic("Agenda"), new Topic("Agenda"))));

        assertThat(first).extracting(Topic::getSlug).containsExactly("agenda", "agenda-2");
        assertThat(next).extracting(Topic::getSlug).containsExactly("agenda", "agenda-3");
    }

    @Test
    void theRepositoryAndFindBySlugFindTheLiveRowNotTheDeletedOne(SessionFactoryScope scope) {
        Topic deleted = topics(scope, topics -> topics.insert(new Topic("Minutes")));
        delete(scope, deleted);
        Topic live = topics(scope, topics -> topics.insert(new Topic("Minutes")));

        Optional<Topic> found = topics(scope, topics -> topics.bySlug("minutes"));
        Optional<SlugMatch<Topic>> match = topics(scope, topics -> Slugs.findBySlug(topics.session(), Topic.class, "minutes"));

        assertThat(found.map(Topic::getId)).contains(live.getId());
        assertThat(match.map(m -> m.entity().getId())).contains(live.getId());
    }

    @Test
    void findBySlugInAStatelessSessionDoesNotFindADeletedRow(SessionFactoryScope scope) {
        Topic deleted = topics(scope, topics -> topics.insert(new Topic("Gone")));
        delete(scope, deleted);

        Optional<SlugMatch<Topic>> match = topics(scope, topics -> Slugs.findBySlug(topics.session(), Topic.class, "gone"));
        Optional<Topic> found = topics(scope, topics -> topics.bySlug("gone"));

        assertThat(match).isEmpty();
        assertThat(found).isEmpty();
    }
}
