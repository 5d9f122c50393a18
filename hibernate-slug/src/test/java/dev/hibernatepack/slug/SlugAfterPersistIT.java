// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.slug;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import dev.hibernatepack.slug.testmodel.Headline;
import dev.hibernatepack.slug.testmodel.Memo;
import dev.hibernatepack.testing.HibernateTest;
import dev.hibernatepack.testing.SessionFactoryScope;

/**
 * An entity changed after {@code persist} in the same transaction (what every
 * {@code save(a); a.setX(..)} of a transactional service does): its insert and its update run in
 * one flush, and the slug the insert gave it stays.
 */
@HibernateTest(entities = {Memo.class, Headline.class})
class SlugAfterPersistIT {

    private static String memoSlug(SessionFactoryScope scope, Long id) {
        return scope.fromTransaction(session -> session.find(Memo.class, id).getSlug());
    }

    private static String headlineSlug(SessionFactoryScope scope, Long id) {
        return scope.fromTransaction(session -> session.find(Headline.class, id).getSlug());
    }

    @Test
    void anotherAttributeChangedAfterPersistLeavesTheSlugAsInserted(SessionFactoryScope scope) {
        Memo memo = new Memo("Kept");
        scope.inTransaction(session -> {
            session.persist(memo);
            memo.setNote("x");
        });

        assertThat(memo.getSlug()).isEqualTo("kept");
        assertThat(memoSlug(scope, memo.getId())).isEqualTo("kept");
        String note = scope.fromTransaction(session -> session.find(Memo.class, memo.getId()).getNote());
        assertThat(note).isEqualTo("x");
    }

    @Test
    void theSecondRowWithATitleGetsTheNextSuffixOnceWhenChangedAfterPersist(SessionFactoryScope scope) {
        Memo first = new Memo("Kept");
        scope.inTransaction(session -> session.persist(first));
        Memo second = new Memo("Kept");
        scope.inTransaction(session -> {
            session.persist(second);
            second.setNote("x");
        });

        assertThat(memoSlug(scope, first.getId())).isEqualTo("kept");
        assertThat(memoSlug(scope, second.getId())).isEqualTo("kept-2");
    }

    @Test
    void aTitleChangedAfterPersistDoesNotMoveASlugThatNeverRegenerates(SessionFactoryScope scope) {
        Memo memo = new Memo("Kept");
        scope.inTransaction(session -> {
            session.persist(memo);
            memo.setTitle("Kept edited");
        });

        assertThat(memoSlug(scope, memo.getId())).isEqualTo("kept");
    }

    @Test
    void aSlugTheApplicationGaveBeforePersistStaysWhenAnotherAttributeChanges(SessionFactoryScope scope) {
        Memo memo = new Memo("Kept");
        memo.setSlug("My Own Slug");
        scope.inTransaction(session -> {
            session.persist(memo);
            memo.setNote("x");
        });

        assertThat(memoSlug(scope, memo.getId())).isEqualTo("my-own-slug");
    }

    @Test
    void aSlugTheApplicationSetsAfterPersistIsStillTaken(SessionFactoryScope scope) {
        Memo memo = new Memo("Kept");
        scope.inTransaction(session -> {
            session.persist(memo);
            memo.setSlug("Chosen Later");
        });

        assertThat(memoSlug(scope, memo.getId())).isEqualTo("chosen-later");
    }

    @Test
    void aFollowingSlugTakesTheFinalTitleOnceWhenTheTitleChangesAfterPersist(SessionFactoryScope scope) {
        Headline headline = new Headline("Kept");
        scope.inTransaction(session -> {
            session.persist(headline);
            headline.setTitle("Kept edited");
        });

        assertThat(headlineSlug(scope, headline.getId())).isEqualTo("kept-edited");
        scope.inTransaction(session -> {
            SlugMatch<Headline> match = Slugs.findBySlug(session, Headline.class, "kept-edited").orElseThrow();
            assertThat(match.redirect()).isFalse();
        });
    }

    @Test
    void aFollowingSlugStaysWhenAnotherAttributeChangesAfterPersist(SessionFactoryScope scope) {
        Headline headline = new Headline("Kept");
        scope.inTransaction(session -> {
            session.persist(headline);
            headline.setNote("x");
        });

        assertThat(headlineSlug(scope, headline.getId())).isEqualTo("kept");
    }

    @Test
    void aFlushBetweenPersistAndChangeKeepsTheRulesOfAnUpdate(SessionFactoryScope scope) {
        Memo memo = new Memo("Kept");
        Headline headline = new Headline("Kept");
        scope.inTransaction(session -> {
            session.persist(memo);
            session.persist(headline);
            session.flush();
            memo.setTitle("Kept edited");
            headline.setTitle("Kept edited");
        });

        assertThat(memoSlug(scope, memo.getId())).isEqualTo("kept");
        assertThat(headlineSlug(scope, headline.getId())).isEqualTo("kept-edited");
        scope.inTransaction(session -> {
            SlugMatch<Headline> old = Slugs.findBySlug(session, Headline.class, "kept").orElseThrow();
            assertThat(old.redirect()).isTrue();
            assertThat(old.slug()).isEqualTo("kept-edited");
        });
    }

    @Test
    void aStatelessInsertThenUpdateKeepsTheSlug(SessionFactoryScope scope) {
        Memo memo = new Memo("Kept");
        Headline headline = new Headline("Kept");
        scope.inStatelessTransaction(session -> {
            session.insert(memo);
            session.insert(headline);
            memo.setNote("x");
            headline.setNote("x");
            session.update(memo);
            session.update(headline);
        });

        assertThat(memoSlug(scope, memo.getId())).isEqualTo("kept");
        assertThat(headlineSlug(scope, headline.getId())).isEqualTo("kept");
    }
}
