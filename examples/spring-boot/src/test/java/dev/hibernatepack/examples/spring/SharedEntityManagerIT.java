// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.examples.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Proxy;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.hibernate.Session;
import org.hibernate.engine.spi.SessionImplementor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.orm.jpa.EntityManagerProxy;
import org.springframework.transaction.support.TransactionTemplate;

import dev.hibernatepack.mixins.SoftDeletes;
import dev.hibernatepack.slug.Slugs;

/**
 * The pack's APIs that take an {@code EntityManager} work with Spring's shared one
 * ({@code @PersistenceContext}), which is a proxy for the current transaction's: inside a
 * transaction they act on it; outside one, Spring has none to give them and says so.
 */
@NewsroomTest
class SharedEntityManagerIT {

    @PersistenceContext
    EntityManager entityManager;

    @Autowired
    ArticleService service;

    @Autowired
    ArticleRepository articles;

    @Autowired
    CurrentEditor editor;

    @Autowired
    TransactionTemplate transaction;

    Article kept;
    Article deleted;

    @BeforeEach
    void publishTwoArticlesAndDeleteOne() {
        editor.as("ada", () -> {
            kept = service.publish("Kept", "tech", "Stays.");
            deleted = service.publish("Deleted", "tech", "Goes.");
            articles.deleteById(deleted.getId());
        });
    }

    @Test
    void theInjectedEntityManagerIsSpringsSharedProxyNotHibernatesSession() {
        assertThat(Proxy.isProxyClass(entityManager.getClass())).isTrue();
        assertThat(entityManager).isInstanceOf(EntityManagerProxy.class).isInstanceOf(Session.class)
                .isNotInstanceOf(SessionImplementor.class);
        transaction.executeWithoutResult(status -> assertThat(entityManager.unwrap(Session.class)).isSameAs(entityManager));
    }

    @Test
    void findBySlugWorksOnTheSharedEntityManagerInsideATransaction() {
        transaction.executeWithoutResult(status -> {
            assertThat(Slugs.findBySlug(entityManager, Article.class, "kept")).hasValueSatisfying(match -> {
                assertThat(match.entity().getId()).isEqualTo(kept.getId());
                assertThat(match.entity()).isSameAs(entityManager.find(Article.class, kept.getId()));
                assertThat(match.redirect()).isFalse();
            });
            assertThat(Slugs.findBySlug(entityManager, Article.class, "deleted")).isEmpty();
        });
        assertThat(service.bySlug("kept")).hasValueSatisfying(match -> assertThat(match.slug()).isEqualTo("kept"));
    }

    @Test
    void withDeletedWorksOnTheSharedEntityManagerInsideATransactionAndForTheRepositoriesInIt() {
        transaction.executeWithoutResult(status -> {
            Article found = SoftDeletes.withDeleted(entityManager, () -> entityManager.find(Article.class, deleted.getId()));
            assertThat(found).isNotNull();
            assertThat(found.isDeleted()).isTrue();
            assertThat(SoftDeletes.withDeleted(entityManager, () -> articles.findAll())).hasSize(2);
            assertThat(SoftDeletes.onlyDeleted(entityManager, () -> articles.findAll())).extracting(Article::getTitle)
                    .containsExactly("Deleted");
            assertThat(articles.findAll()).extracting(Article::getTitle).containsExactly("Kept");
        });
        assertThat(service.includingDeleted(deleted.getId())).isPresent();
    }

    @Test
    void outsideATransactionTheSharedEntityManagerHasNoSessionToGiveAndSpringSaysSo() {
        // Outside a transaction each call on the shared EntityManager runs on an EntityManager of its
        // own, so no scope could cover the work: call these APIs inside @Transactional (readOnly for reads).
        assertThatThrownBy(() -> SoftDeletes.withDeleted(entityManager, () -> articles.findById(deleted.getId())))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("No transactional EntityManager available");
        assertThatThrownBy(() -> Slugs.findBySlug(entityManager, Article.class, "kept"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("No transactional EntityManager available");
        assertThat(articles.findById(deleted.getId())).as("the repository, outside a transaction too, hides it").isEmpty();
    }
}
