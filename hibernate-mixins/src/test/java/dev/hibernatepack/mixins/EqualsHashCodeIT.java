// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.mixins;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;

import org.hibernate.Hibernate;
import org.junit.jupiter.api.Test;

import dev.hibernatepack.mixins.testmodel.Article;
import dev.hibernatepack.mixins.testmodel.Author;
import dev.hibernatepack.testing.HibernateTest;
import dev.hibernatepack.testing.SessionFactoryScope;

@HibernateTest(entities = {Article.class, Author.class})
class EqualsHashCodeIT {

    @Test
    void entityStaysInHashSetAcrossPersist(SessionFactoryScope scope) {
        Set<Article> set = new HashSet<>();
        Article article = new Article("Hello");
        set.add(article);

        scope.inTransaction(session -> session.persist(article));

        assertThat(article.getId()).isNotNull();
        assertThat(set).contains(article);
    }

    @Test
    void mergedCopyAndReloadedInstanceEqualTheOriginal(SessionFactoryScope scope) {
        Article article = new Article("Hello");
        scope.inTransaction(session -> session.persist(article));
        Set<Article> set = new HashSet<>(Set.of(article));

        Article merged = scope.fromTransaction(session -> session.merge(article));
        Article reloaded = scope.fromSession(session -> session.find(Article.class, article.getId()));

        assertThat(merged).isNotSameAs(article).isEqualTo(article);
        assertThat(reloaded).isEqualTo(article);
        assertThat(set).contains(merged, reloaded);
    }

    @Test
    void newEntitiesAreEqualOnlyToThemselves() {
        Article a = new Article("Same");
        Article b = new Article("Same");
        assertThat(a).isEqualTo(a).isNotEqualTo(b);
        assertThat(a.hashCode()).isEqualTo(b.hashCode());
    }

    @Test
    void differentEntityTypesWithTheSameIdDiffer(SessionFactoryScope scope) {
        scope.inTransaction(session -> {
            Author author = new Author("Ada");
            Article article = new Article("Hello");
            session.persist(author);
            session.persist(article);
        });
        scope.inSession(session -> {
            Author author = session.createSelectionQuery("from Author", Author.class).getSingleResult();
            Article article = session.createSelectionQuery("from Article", Article.class).getSingleResult();
            assertThat(author.equals(article)).isFalse();
        });
    }

    @Test
    void proxyEqualsItsEntityWithoutBeingInitialized(SessionFactoryScope scope) {
        Author author = new Author("Ada");
        scope.inTransaction(session -> session.persist(author));

        scope.inSession(session -> {
            Author proxy = session.getReference(Author.class, author.getId());
            assertThat(Hibernate.isInitialized(proxy)).isFalse();

            assertThat(author.equals(proxy)).isTrue();
            assertThat(proxy.getId()).isEqualTo(author.getId());
            assertThat(Hibernate.isInitialized(proxy)).isFalse();

            // The proxy's own equals and hashCode answer without loading it too.
            assertThat(new HashSet<>(Set.of(author)).contains(proxy)).isTrue();
            assertThat(proxy.equals(author)).isTrue();
            assertThat(Hibernate.isInitialized(proxy)).isFalse();
        });
    }
}
