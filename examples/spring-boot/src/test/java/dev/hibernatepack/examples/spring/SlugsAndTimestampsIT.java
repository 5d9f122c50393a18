// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.examples.spring;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Slugs and timestamps of articles saved through Spring Data, with the slug settings of {@code application.properties}. */
@NewsroomTest
class SlugsAndTimestampsIT {

    @Autowired
    ArticleService service;

    @Autowired
    ArticleRepository articles;

    @Autowired
    CurrentEditor editor;

    @Test
    void aSavedArticleGetsAUniqueSlugFromItsTitle() {
        Article first = editor.as("ada", () -> service.publish("Hello, Spring!", "tech", "One."));
        Article second = editor.as("ada", () -> service.publish("Hello, Spring!", "tech", "Two."));
        assertThat(first.getSlug()).isEqualTo("hello-spring");
        assertThat(second.getSlug()).isEqualTo("hello-spring-2");
        assertThat(articles.findBySlug("hello-spring-2")).hasValueSatisfying(a -> assertThat(a.getBody()).isEqualTo("Two."));
    }

    @Test
    void theReservedWordsOfThePropertiesAreTreatedAsTaken() {
        Article feed = editor.as("ada", () -> service.publish("Feed", "tech", "A word the site's paths use."));
        Article news = editor.as("ada", () -> service.publish("News", "tech", "Not reserved."));
        assertThat(feed.getSlug()).isEqualTo("feed-2");
        assertThat(news.getSlug()).isEqualTo("news");
    }

    @Test
    void anEditKeepsTheSlugAndCreatedAtAndMovesUpdatedAt() {
        Article article = editor.as("ada", () -> service.publish("First title", "tech", "One."));
        assertThat(article.getCreatedAt()).isNotNull();
        assertThat(article.getUpdatedAt()).isNotNull();

        Article edited = editor.as("grace", () -> service.edit(article.getId(), "Second title", "Two."));
        Article stored = articles.findById(article.getId()).orElseThrow();
        assertThat(stored.getSlug()).isEqualTo("first-title");
        assertThat(stored.getTitle()).isEqualTo("Second title");
        assertThat(stored.getCreatedAt()).isEqualTo(article.getCreatedAt());
        assertThat(stored.getUpdatedAt()).isEqualTo(edited.getUpdatedAt()).isAfter(article.getUpdatedAt());
    }
}
