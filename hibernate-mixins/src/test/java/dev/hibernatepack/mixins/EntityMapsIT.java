// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.mixins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.hibernate.Hibernate;
import org.junit.jupiter.api.Test;

import dev.hibernatepack.mixins.testmodel.Article;
import dev.hibernatepack.mixins.testmodel.Author;
import dev.hibernatepack.mixins.testmodel.Status;
import dev.hibernatepack.testing.HibernateTest;
import dev.hibernatepack.testing.SessionFactoryScope;

@HibernateTest(entities = {Article.class, Author.class})
class EntityMapsIT {

    private static Long saved(SessionFactoryScope scope) {
        return scope.fromTransaction(session -> {
            Author author = new Author("Ada");
            session.persist(author);
            Article article = new Article("Hello");
            article.setSecret("s3cr3t");
            article.setAuthor(author);
            session.persist(article);
            return article.getId();
        });
    }

    @Test
    void toMapHasBasicAttributesAndToOneIdsButNoSecrets(SessionFactoryScope scope) {
        Long id = saved(scope);
        scope.inSession(session -> {
            Article article = session.find(Article.class, id);
            Map<String, Object> map = article.toMap();

            assertThat(map).containsEntry("id", id)
                    .containsEntry("title", "Hello")
                    .containsEntry("active", true)
                    .containsEntry("status", Status.DRAFT)
                    .containsEntry("author", article.getAuthor().getId())
                    .containsKeys("createdAt", "updatedAt", "version")
                    .doesNotContainKey("secret");
            assertThat(map.values()).doesNotContain("s3cr3t");
            assertThat(map.keySet()).first().isEqualTo("id");
        });
    }

    @Test
    void toMapAndToStringNeverLoadALazyAssociation(SessionFactoryScope scope) {
        Long id = saved(scope);
        scope.inSession(session -> {
            Article article = session.find(Article.class, id);
            scope.sql().clear();

            Object authorId = article.toMap().get("author");
            String text = article.toString();

            assertThat(authorId).isNotNull();
            assertThat(Hibernate.isInitialized(article.getAuthor())).isFalse();
            assertThat(text).doesNotContain("Ada");
            assertThat(scope.sql().statements()).isEmpty();
        });
    }

    @Test
    void toStringShowsClassIdAndAFewAttributesWithSecretsMasked(SessionFactoryScope scope) {
        Long id = saved(scope);
        String text = scope.fromSession(session -> session.find(Article.class, id).toString());

        assertThat(text).startsWith("Article(id=" + id + ", ").endsWith(")")
                .contains("secret=****").doesNotContain("s3cr3t");
        assertThat(new Article("New").toString()).startsWith("Article(id=null");
    }

    @Test
    void toStringOfAnUninitializedProxyDoesNotFailAfterTheSessionCloses(SessionFactoryScope scope) {
        Long id = saved(scope);
        Article detached = scope.fromSession(session -> session.find(Article.class, id));
        // The author was never loaded and its session is gone: toString must not touch it.
        assertThat(detached.toString()).contains("title=Hello");
        assertThat(detached.toMap()).containsKey("author");
    }

    @Test
    void updateFromMapConvertsStringsAndIsFlushed(SessionFactoryScope scope) {
        Long id = saved(scope);
        UUID reference = UUID.randomUUID();
        scope.inTransaction(session -> {
            Map<String, Object> values = new LinkedHashMap<>();
            values.put("title", "Updated");
            values.put("views", "42");
            values.put("status", "published");
            values.put("publishedOn", "2024-05-01");
            values.put("reference", reference.toString());
            values.put("price", "19.90");
            values.put("active", "false");
            session.find(Article.class, id).updateFromMap(values);
        });

        Article stored = scope.fromSession(session -> session.find(Article.class, id));
        assertThat(stored.getTitle()).isEqualTo("Updated");
        assertThat(stored.getViews()).isEqualTo(42);
        assertThat(stored.getStatus()).isEqualTo(Status.PUBLISHED);
        assertThat(stored.getPublishedOn()).isEqualTo(LocalDate.of(2024, 5, 1));
        assertThat(stored.getReference()).isEqualTo(reference);
        assertThat(stored.getPrice()).isEqualByComparingTo(new BigDecimal("19.90"));
        assertThat(stored.isActive()).isFalse();
    }

    @Test
    void updateFromMapRejectsEveryBadKeyAtOnceAndChangesNothing(SessionFactoryScope scope) {
        Long id = saved(scope);
        scope.inTransaction(session -> {
            Article article = session.find(Article.class, id);
            Map<String, Object> before = article.toMap();
            Map<String, Object> values = new LinkedHashMap<>();
            values.put("title", "Would be fine");
            values.put("nope", "x");
            values.put("id", "5");
            values.put("createdAt", "2020-01-01T00:00:00Z");
            values.put("version", "3");
            values.put("views", "4.5");
            values.put("publishedOn", "01/05/2024");
            values.put("status", "GONE");
            values.put("author", 1);

            InvalidAttributesException e = catchThrowableOfType(InvalidAttributesException.class,
                    () -> article.updateFromMap(values));

            assertThat(e.getEntityName()).isEqualTo("Article");
            assertThat(e.getProblems()).containsOnlyKeys("nope", "id", "createdAt", "version", "views",
                    "publishedOn", "status", "author");
            assertThat(e.getProblems().get("nope")).isEqualTo("is not an attribute of Article");
            assertThat(e.getWritableAttributes()).contains("title");
            assertThat(e.getMessage()).contains("writable attributes: ").contains("title");
            assertThat(e.getProblems().get("id")).contains("identifier");
            assertThat(e.getProblems().get("createdAt")).contains("@CreatedAt");
            assertThat(e.getProblems().get("version")).contains("version");
            assertThat(e.getProblems().get("views")).contains("4.5").contains("Integer");
            assertThat(e.getProblems().get("publishedOn")).contains("ISO-8601 date");
            assertThat(e.getProblems().get("status")).contains("DRAFT, PUBLISHED, ARCHIVED");
            assertThat(e.getMessage()).contains("nothing was changed").contains("[nope]");
            assertThat(article.toMap()).isEqualTo(before);
        });
        scope.sql().clear();
        assertThat(scope.<String>fromSession(session -> session.find(Article.class, id).getTitle())).isEqualTo("Hello");
    }

    @Test
    void updateFromMapWithTenThousandUnknownKeysNamesTheFirstTenAndCountsTheRest() {
        Article article = new Article("x");
        Map<String, Object> values = new LinkedHashMap<>();
        for (int i = 0; i < 10_000; i++) {
            values.put("unknown" + i, "v");
        }

        InvalidAttributesException e = catchThrowableOfType(InvalidAttributesException.class,
                () -> article.updateFromMap(values));

        assertThat(e.getMessage().length()).isLessThan(2_048);
        assertThat(e.getMessage()).startsWith("Cannot update Article from map; nothing was changed: [unknown0] ")
                .contains("[unknown9] ").doesNotContain("[unknown10]")
                .contains("and 9,990 more")
                .contains("writable attributes: ").contains("title");
        assertThat(e.getMessage().split("title", -1)).as("the writable names are listed once").hasSize(2);
        assertThat(e.getProblems()).hasSize(10_000).containsEntry("unknown9999", "is not an attribute of Article");
        assertThat(e.getWritableAttributes()).contains("title", "views", "active").doesNotContain("id", "createdAt");
        assertThat(article.getTitle()).isEqualTo("x");
    }

    @Test
    void updateFromMapShortensHugeKeysAndValuesInItsMessage() {
        Article article = new Article("x");
        String hugeKey = "k".repeat(100_000);
        String hugeValue = "9".repeat(100_000) + ".5";
        Map<String, Object> values = new LinkedHashMap<>();
        values.put(hugeKey, "v");
        values.put("views", hugeValue);
        values.put("status", "s".repeat(100_000));

        InvalidAttributesException e = catchThrowableOfType(InvalidAttributesException.class,
                () -> article.updateFromMap(values));

        assertThat(e.getMessage().length()).isLessThan(2_048);
        assertThat(e.getMessage()).contains("[kkkk").contains("…").contains("[views] ").contains("Integer")
                .contains("DRAFT, PUBLISHED, ARCHIVED");
        assertThat(e.getProblems()).containsKey(hugeKey);
        assertThat(e.getProblems().get("views").length()).isLessThan(300);
    }

    @Test
    void aLongListOfWritableAttributesIsShortenedInTheMessageButKeptOnTheException() {
        java.util.List<String> writable = java.util.stream.IntStream.range(0, 1_000).mapToObj(i -> "attribute" + i).toList();
        InvalidAttributesException e = new InvalidAttributesException("Wide",
                Map.of("nope", "is not an attribute of Wide"), writable);

        assertThat(e.getMessage().length()).isLessThan(2_048);
        assertThat(e.getMessage()).contains("attribute0, attribute1").contains("more");
        assertThat(e.getWritableAttributes()).hasSize(1_000);
    }

    @Test
    void updateFromMapNeverEchoesASensitiveValue(SessionFactoryScope scope) {
        Article article = new Article("x");
        Map<String, Object> values = new HashMap<>();
        values.put("secret", 12345);
        InvalidAttributesException e = catchThrowableOfType(InvalidAttributesException.class,
                () -> article.updateFromMap(values));
        assertThat(e.getMessage()).doesNotContain("12345");
    }

    @Test
    void updateFromMapRejectsNullForAPrimitiveAndNullMap(SessionFactoryScope scope) {
        Article article = new Article("x");
        Map<String, Object> values = new HashMap<>();
        values.put("views", null);
        assertThatThrownBy(() -> article.updateFromMap(values))
                .isInstanceOf(InvalidAttributesException.class).hasMessageContaining("must not be null");
        assertThatThrownBy(() -> article.updateFromMap(null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("values must not be null");
    }
}
