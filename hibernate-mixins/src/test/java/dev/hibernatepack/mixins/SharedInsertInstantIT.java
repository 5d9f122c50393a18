// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.mixins;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.hibernatepack.mixins.support.TickingClock;
import dev.hibernatepack.mixins.testmodel.Article;
import dev.hibernatepack.mixins.testmodel.Author;
import dev.hibernatepack.mixins.testmodel.Invoice;
import dev.hibernatepack.testing.HibernateTest;
import dev.hibernatepack.testing.SessionFactoryScope;
import dev.hibernatepack.testing.Setting;

/** A clock that never reads the same twice proves each new row's timestamps share one reading. */
@HibernateTest(entities = {Article.class, Author.class, Invoice.class},
        settings = @Setting(name = MixinsSettings.CLOCK, value = "dev.hibernatepack.mixins.support.TickingClock"))
class SharedInsertInstantIT {

    @Test
    void newRowHasCreatedAtEqualToUpdatedAt(SessionFactoryScope scope) {
        List<Article> articles = new ArrayList<>();
        scope.inTransaction(session -> {
            for (int i = 0; i < 3; i++) {
                Article article = new Article("A" + i);
                session.persist(article);
                articles.add(article);
            }
        });

        for (Article article : articles) {
            assertThat(article.getUpdatedAt()).isEqualTo(article.getCreatedAt());
        }
        // Each row still reads the clock for itself.
        assertThat(articles.get(1).getCreatedAt()).isAfter(articles.get(0).getCreatedAt());
        assertThat(articles.get(2).getCreatedAt()).isAfter(articles.get(1).getCreatedAt());
    }

    @Test
    void allThreeTimestampsOfAnEntityShareOneReadingInStatelessSession(SessionFactoryScope scope) {
        Invoice invoice = new Invoice("INV-7", 700);
        long before = TickingClock.reads();
        scope.inStatelessTransaction(session -> session.insert(invoice));

        assertThat(TickingClock.reads() - before).isEqualTo(1);
        assertThat(invoice.getUpdatedAt()).isEqualTo(invoice.getCreatedAt());
        assertThat(invoice.getChangedAtOffset().toInstant()).isEqualTo(invoice.getCreatedAt());
    }

    @Test
    void reinsertingTheSameInstanceReadsTheClockAgain(SessionFactoryScope scope) {
        Invoice invoice = new Invoice("INV-8", 800);
        scope.inStatelessTransaction(session -> session.insert(invoice));
        var first = invoice.getCreatedAt();
        scope.inStatelessTransaction(session -> session.delete(invoice));

        scope.inStatelessTransaction(session -> session.insert(invoice));

        assertThat(invoice.getCreatedAt()).isAfter(first);
        assertThat(invoice.getUpdatedAt()).isEqualTo(invoice.getCreatedAt());
    }

    @Test
    void updateReadsTheClockAgainAndLeavesCreatedAt(SessionFactoryScope scope) {
        Article article = new Article("x");
        scope.inTransaction(session -> session.persist(article));
        scope.inTransaction(session -> session.find(Article.class, article.getId()).setTitle("y"));

        Article stored = scope.fromSession(session -> session.find(Article.class, article.getId()));
        assertThat(stored.getCreatedAt()).isEqualTo(article.getCreatedAt());
        assertThat(stored.getUpdatedAt()).isAfter(stored.getCreatedAt());
    }
}
