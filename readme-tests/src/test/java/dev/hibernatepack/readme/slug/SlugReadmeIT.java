// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.readme.slug;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.junit.jupiter.api.Test;

import dev.hibernatepack.slug.SlugMatch;
import dev.hibernatepack.slug.Slugs;
import dev.hibernatepack.testing.HibernateTest;
import dev.hibernatepack.testing.SessionFactoryScope;

/** The README's hibernate-slug examples: slugs per blog, finding by slug, redirects from old slugs, slugs from any text. */
@HibernateTest(entities = {Blog.class, Post.class, Article.class})
class SlugReadmeIT {

    private static Post post(Blog blog, String title) {
        Post post = new Post();
        post.blog = blog;
        post.title = title;
        return post;
    }

    @Test
    void aTakenSlugGetsTheNextSuffixInTheSameBlogOnly(SessionFactoryScope scope) {
        Blog blog = new Blog();
        Blog other = new Blog();
        Post first = post(blog, "Hello World");
        Post second = post(blog, "Hello, world!");
        Post elsewhere = post(other, "Hello World");
        scope.inTransaction(session -> {
            session.persist(blog);
            session.persist(other);
            session.persist(first);
        });
        scope.inTransaction(session -> {
            session.persist(second);
            session.persist(elsewhere);
        });
        assertThat(first.slug).isEqualTo("hello-world");
        assertThat(second.slug).isEqualTo("hello-world-2");
        assertThat(elsewhere.slug).isEqualTo("hello-world");

        scope.inTransaction(em -> {
            Optional<SlugMatch<Post>> found = Slugs.findBySlug(em, Post.class, "hello-world", blog);   // Optional<SlugMatch<Post>>
            String slug = Slugs.generateSlug("Crème Brûlée: Straße & Co.");        // "creme-brulee-strasse-co", no entity needed

            assertThat(found).get().satisfies(match -> {
                assertThat(match.entity().id).isEqualTo(first.id);
                assertThat(match.redirect()).isFalse();
            });
            assertThat(slug).isEqualTo("creme-brulee-strasse-co");
        });
    }

    static String render(Article article) {
        return "200 OK: " + article.title;
    }

    private static String answer(SessionFactoryScope scope, String path) {
        return scope.fromTransaction(em -> {
            String answer = Slugs.findBySlug(em, Article.class, path)
                    .map(match -> match.redirect()
                            ? "301 Moved Permanently: /articles/" + match.slug()     // an old slug: send the reader on
                            : render(match.entity()))
                    .orElse("404 Not Found");
            return answer;
        });
    }

    @Test
    void anOldSlugFindsTheRowAndSaysRedirect(SessionFactoryScope scope) {
        Article article = new Article();
        article.title = "Draft title";
        scope.inTransaction(session -> session.persist(article));
        scope.inTransaction(session -> session.find(Article.class, article.id).title = "Final title");

        assertThat(answer(scope, "final-title")).isEqualTo("200 OK: Final title");
        assertThat(answer(scope, "draft-title")).isEqualTo("301 Moved Permanently: /articles/final-title");
        assertThat(answer(scope, "no-such-title")).isEqualTo("404 Not Found");
    }

    @Test
    void slugsFromAnyTextAreValidStableAndCutBetweenWords() {
        String longTitle = "A very long title about the many ways of writing readable and unique slugs for every entity";

        String turkish = Slugs.generateSlug("İstanbul'da Kırmızı");   // "istanbul-da-kirmizi", whatever the default locale
        String emoji = Slugs.generateSlug("🎉🎉");                     // a stable 10-character hash: never empty
        String cut = Slugs.generateSlug(longTitle, 60);               // at most 55 characters, cut between words

        assertThat(turkish).isEqualTo("istanbul-da-kirmizi");
        assertThat(emoji).matches("[a-z0-9]{10}").isEqualTo(Slugs.generateSlug("🎉🎉"));
        assertThat(cut).hasSizeLessThanOrEqualTo(55);
        assertThat(Slugs.generateSlug(longTitle, 10_000)).startsWith(cut + "-");
    }
}
