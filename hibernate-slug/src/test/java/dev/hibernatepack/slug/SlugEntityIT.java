// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.slug;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.hibernate.exception.ConstraintViolationException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.hibernatepack.slug.testmodel.Article;
import dev.hibernatepack.slug.testmodel.Blog;
import dev.hibernatepack.slug.testmodel.Entry;
import dev.hibernatepack.slug.testmodel.Event;
import dev.hibernatepack.slug.testmodel.LandingPage;
import dev.hibernatepack.slug.testmodel.Page;
import dev.hibernatepack.slug.testmodel.Post;
import dev.hibernatepack.slug.testmodel.Tag;
import dev.hibernatepack.testing.HibernateTest;
import dev.hibernatepack.testing.SessionFactoryScope;

@HibernateTest(entities = {Post.class, Blog.class, Entry.class, Article.class, Event.class, Tag.class, Page.class, LandingPage.class})
class SlugEntityIT {

    @BeforeEach
    void clearStatements(SessionFactoryScope scope) {
        scope.sql().clear();
    }

    /** Persists {@code entity} in a transaction of its own, flushed so that its slug is written. */
    static <E> E persisted(SessionFactoryScope scope, E entity) {
        scope.inTransaction(session -> {
            session.persist(entity);
            session.flush();
        });
        return entity;
    }

    private static Post persistPost(SessionFactoryScope scope, String title) {
        return persisted(scope, new Post(title));
    }

    private static String postSlug(SessionFactoryScope scope, Long id) {
        return scope.fromTransaction(session -> session.find(Post.class, id).getSlug());
    }

    private static String articleSlug(SessionFactoryScope scope, Long id) {
        return scope.fromTransaction(session -> session.find(Article.class, id).getSlug());
    }

    private static long tags(SessionFactoryScope scope) {
        return scope.fromTransaction(session -> session.createSelectionQuery("select count(*) from Tag", Long.class).getSingleResult());
    }

    private static List<String> writes(SessionFactoryScope scope, String table) {
        return scope.sql().statements().stream()
                .filter(sql -> !sql.contains("next value for") && !sql.contains("nextval("))
                .filter(sql -> sql.contains(" " + table + " ") || sql.contains(" " + table + "(")).toList();
    }

    @Test
    void fillsTheSlugFromTheTitleWithTheInsertAlone(SessionFactoryScope scope) {
        Post post = persistPost(scope, "Crème Brûlée: Straße & Co.");

        assertThat(post.getSlug()).isEqualTo("creme-brulee-strasse-co");
        List<String> statements = writes(scope, "Post");
        assertThat(statements).hasSize(1);
        assertThat(statements.get(0)).startsWith("insert");
        Post stored = scope.fromTransaction(session -> session.find(Post.class, post.getId()));
        assertThat(stored.getSlug()).isEqualTo("creme-brulee-strasse-co");
    }

    @Test
    void givesATakenSlugTheNextSuffixWithOneQuery(SessionFactoryScope scope) {
        assertThat(persistPost(scope, "Hello World").getSlug()).isEqualTo("hello-world");
        assertThat(persistPost(scope, "Hello, World!").getSlug()).isEqualTo("hello-world-2");
        scope.sql().clear();

        Post third = persistPost(scope, "hello world");

        assertThat(third.getSlug()).isEqualTo("hello-world-3");
        List<String> statements = writes(scope, "Post");
        assertThat(statements.stream().filter(sql -> sql.startsWith("select"))).hasSize(1);
        assertThat(statements).hasSizeLessThanOrEqualTo(3); // the insert that found the slug taken, the query, the insert
        assertThat(statements.get(statements.size() - 1)).startsWith("insert");
        assertThat(postSlug(scope, third.getId())).isEqualTo("hello-world-3");
    }

    @Test
    void wordsThatOnlyStartLikeTheSlugDoNotCount(SessionFactoryScope scope) {
        persistPost(scope, "Hello");
        persistPost(scope, "Hellos");
        persistPost(scope, "Hello world");

        assertThat(persistPost(scope, "Hello").getSlug()).isEqualTo("hello-2");
    }

    @Test
    void rowsWithOneTitleInOneSessionGoStraightToTheirSuffixes(SessionFactoryScope scope) {
        List<Post> posts = scope.fromTransaction(session -> {
            List<Post> made = List.of(new Post("Same"), new Post("Same"), new Post("Same"), new Post("Same"));
            made.forEach(session::persist);
            return made;
        });

        assertThat(posts).extracting(Post::getSlug).containsExactly("same", "same-2", "same-3", "same-4");
        assertThat(writes(scope, "Post")).hasSize(4).allMatch(sql -> sql.startsWith("insert"));
    }

    @Test
    void doesNotTouchTheSlugAgainWhenTheEntityIsFlushedLater(SessionFactoryScope scope) {
        Post first = persistPost(scope, "Stable");
        Post second = persistPost(scope, "Stable");
        scope.sql().clear();

        scope.inTransaction(session -> session.find(Post.class, second.getId()).setTitle("Something else entirely"));

        Post reloaded = scope.fromTransaction(session -> session.find(Post.class, second.getId()));
        assertThat(reloaded.getSlug()).isEqualTo("stable-2");
        assertThat(writes(scope, "Post").stream().filter(sql -> sql.startsWith("update"))).hasSize(1);
        assertThat(first.getSlug()).isEqualTo("stable");
    }

    @Test
    void treatsReservedWordsAsTaken(SessionFactoryScope scope) {
        assertThat(persistPost(scope, "New").getSlug()).isEqualTo("new-2");
        assertThat(persistPost(scope, "Admin!").getSlug()).isEqualTo("admin-2");
        assertThat(persistPost(scope, "New").getSlug()).isEqualTo("new-3");
        assertThat(persistPost(scope, "Newer").getSlug()).isEqualTo("newer");
    }

    @Test
    void keepsASlugTheApplicationSetMadeSafeAndUnique(SessionFactoryScope scope) {
        Post taken = persistPost(scope, "My Custom Slug");
        Post custom = scope.fromTransaction(session -> {
            Post post = new Post("Anything");
            post.setSlug("My Custom Slug!");
            session.persist(post);
            return post;
        });
        Post hostile = scope.fromTransaction(session -> {
            Post post = new Post("Anything");
            post.setSlug("../../etc/passwd'; drop table Post; --");
            session.persist(post);
            return post;
        });

        assertThat(taken.getSlug()).isEqualTo("my-custom-slug");
        assertThat(custom.getSlug()).isEqualTo("my-custom-slug-2");
        assertThat(hostile.getSlug()).isEqualTo("etc-passwd-drop-table-post");
    }

    @Test
    void neverLeavesASlugEmpty(SessionFactoryScope scope) {
        Post emoji = persistPost(scope, "🎉🎉🎉");
        Post blank = persistPost(scope, "   ");
        Post none = persistPost(scope, null);

        assertThat(List.of(emoji.getSlug(), blank.getSlug(), none.getSlug()))
                .allMatch(slug -> slug.matches("[a-z0-9]+(-[a-z0-9]+)*"))
                .doesNotHaveDuplicates();
    }

    @Test
    void makesTheSlugUniqueWithinItsScopeOnly(SessionFactoryScope scope) {
        List<String> slugs = scope.fromTransaction(session -> {
            Blog travel = new Blog("travel");
            Blog food = new Blog("food");
            session.persist(travel);
            session.persist(food);
            List<Entry> entries = List.of(new Entry(travel, "Best of 2026"), new Entry(food, "Best of 2026"),
                    new Entry(travel, "Best of 2026"));
            entries.forEach(session::persist);
            session.flush();
            return entries.stream().map(Entry::getSlug).toList();
        });

        assertThat(slugs).containsExactly("best-of-2026", "best-of-2026", "best-of-2026-2");
    }

    @Test
    void findsTheNextSuffixWithinTheScopeAcrossTransactions(SessionFactoryScope scope) {
        Blog[] blogs = scope.fromTransaction(session -> {
            Blog travel = new Blog("travel");
            Blog food = new Blog("food");
            session.persist(travel);
            session.persist(food);
            session.persist(new Entry(travel, "Tips"));
            session.persist(new Entry(travel, "Tips"));
            session.persist(new Entry(food, "Tips"));
            return new Blog[] {travel, food};
        });

        String slug = scope.fromTransaction(session -> {
            Entry entry = new Entry(session.getReference(Blog.class, blogs[1].getId()), "Tips");
            session.persist(entry);
            session.flush();
            return entry.getSlug();
        });

        assertThat(slug).isEqualTo("tips-2");
    }

    @Test
    void makesTheSlugFromWhatASluggableEntityComputes(SessionFactoryScope scope) {
        assertThat(persisted(scope, new Event("Devoxx", 2026)).getSlug()).isEqualTo("devoxx-2026");
    }

    @Test
    void keepsTheSlugFixedByDefaultWhenTheTitleChanges(SessionFactoryScope scope) {
        Post post = persistPost(scope, "First title");

        scope.inTransaction(session -> session.find(Post.class, post.getId()).setTitle("Second title"));

        assertThat(postSlug(scope, post.getId())).isEqualTo("first-title");
    }

    @Test
    void followsTheTitleAndRedirectsFromTheOldSlugWhenAskedTo(SessionFactoryScope scope) {
        Article article = persisted(scope, new Article("Draft title"));

        scope.inTransaction(session -> session.find(Article.class, article.getId()).setTitle("Final title"));

        scope.inTransaction(session -> {
            SlugMatch<Article> current = Slugs.findBySlug(session, Article.class, "final-title").orElseThrow();
            assertThat(current.redirect()).isFalse();
            assertThat(current.entity().getId()).isEqualTo(article.getId());
            SlugMatch<Article> old = Slugs.findBySlug(session, Article.class, "draft-title").orElseThrow();
            assertThat(old.redirect()).isTrue();
            assertThat(old.slug()).isEqualTo("final-title");
            assertThat(old.entity().getId()).isEqualTo(article.getId());
            assertThat(Slugs.findBySlug(session, Article.class, "never-was")).isEmpty();
        });
    }

    @Test
    void aRowThatTakesAnOldSlugWinsOverTheRedirect(SessionFactoryScope scope) {
        Article moved = persisted(scope, new Article("Launch"));
        scope.inTransaction(session -> session.find(Article.class, moved.getId()).setTitle("Launch recap"));
        Article newcomer = persisted(scope, new Article("Launch"));

        assertThat(newcomer.getSlug()).isEqualTo("launch");
        scope.inTransaction(session -> {
            SlugMatch<Article> match = Slugs.findBySlug(session, Article.class, "launch").orElseThrow();
            assertThat(match.redirect()).isFalse();
            assertThat(match.entity().getId()).isEqualTo(newcomer.getId());
        });
    }

    @Test
    void regeneratesIntoTheNextSuffixWhenTheNewTitleIsTaken(SessionFactoryScope scope) {
        scope.inTransaction(session -> session.persist(new Article("Taken")));
        Article other = persisted(scope, new Article("Other"));

        scope.inTransaction(session -> session.find(Article.class, other.getId()).setTitle("Taken"));

        assertThat(articleSlug(scope, other.getId())).isEqualTo("taken-2");
        scope.inTransaction(session -> assertThat(Slugs.findBySlug(session, Article.class, "other").orElseThrow().slug())
                .isEqualTo("taken-2"));
    }

    @Test
    void keepsTheSlugWhenTheTitleChangesButItsSlugDoesNot(SessionFactoryScope scope) {
        scope.inTransaction(session -> session.persist(new Article("Same words")));
        Article second = persisted(scope, new Article("Same words"));
        scope.sql().clear();

        scope.inTransaction(session -> session.find(Article.class, second.getId()).setTitle("Same Words!"));

        assertThat(articleSlug(scope, second.getId())).isEqualTo("same-words-2");
        assertThat(scope.sql().statements()).noneMatch(sql -> sql.contains("slug_history"));
    }

    @Test
    void retriesAnIdentityInsertAndTheTransactionGoesOn(SessionFactoryScope scope) {
        List<String> slugs = scope.fromTransaction(session -> {
            Tag first = new Tag("a", "Java");
            session.persist(first);
            session.flush();
            Tag second = new Tag("b", "Java");
            session.persist(second);
            Tag third = new Tag("c", "Kotlin");
            session.persist(third);
            return List.of(first.getSlug(), second.getSlug(), third.getSlug());
        });
        String later = scope.fromTransaction(session -> {
            Tag tag = new Tag("d", "Java");
            session.persist(tag);
            return tag.getSlug();
        });

        assertThat(slugs).containsExactly("java", "java-2", "kotlin");
        assertThat(later).isEqualTo("java-3");
        assertThat(tags(scope)).isEqualTo(4L);
    }

    @Test
    void letsAViolationOfAnotherUniqueKeyThrough(SessionFactoryScope scope) {
        scope.inTransaction(session -> session.persist(new Tag("same-code", "One")));

        assertThatThrownBy(() -> scope.inTransaction(session -> session.persist(new Tag("same-code", "Two"))))
                .isInstanceOf(ConstraintViolationException.class)
                .satisfies(e -> assertThat(((ConstraintViolationException) e).getConstraintName()).doesNotContainIgnoringCase("slug"));
        assertThat(tags(scope)).isEqualTo(1L);
    }

    @Test
    void givesRowsThatSpanTwoTablesTheNextSuffixToo(SessionFactoryScope scope) {
        List<String> slugs = new java.util.ArrayList<>();
        for (Page page : List.of(new LandingPage("Spring sale", "a"), new LandingPage("Spring sale", "b"), new Page("Spring sale"))) {
            slugs.add(persisted(scope, page).getSlug());
        }

        assertThat(slugs).containsExactly("spring-sale", "spring-sale-2", "spring-sale-3");
    }

    @Test
    void fillsSlugsInStatelessSessionsToo(SessionFactoryScope scope) {
        List<String> slugs = scope.fromStatelessTransaction(session -> {
            Post one = new Post("Stateless");
            Post two = new Post("Stateless");
            session.insert(one);
            session.insert(two);
            return List.of(one.getSlug(), two.getSlug());
        });

        assertThat(slugs).containsExactly("stateless", "stateless-2");
    }

    @Test
    void findBySlugRefusesAnEntityWithoutSlugOrTheWrongScope(SessionFactoryScope scope) {
        scope.inTransaction(session -> {
            assertThatThrownBy(() -> Slugs.findBySlug(session, Blog.class, "x"))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Blog has no @Slug attribute");
            assertThatThrownBy(() -> Slugs.findBySlug(session, Entry.class, "x"))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unique per [blog]");
        });
    }
}
