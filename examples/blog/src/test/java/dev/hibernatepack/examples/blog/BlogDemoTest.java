// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.examples.blog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** The demo is documentation that runs: it must keep showing what the README promises. */
class BlogDemoTest {

    @Test
    void demoShowsEveryStepOnEnhancedEntities() throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        Path report = Path.of("target", "query-report-test.html");
        BlogDemo.run(new PrintStream(buffer, true, StandardCharsets.UTF_8), report);
        String output = buffer.toString(StandardCharsets.UTF_8);

        assertThat(output)
                .contains("0. Schema: 1 migration(s) applied by Flyway, [V1__blog_schema]; Hibernate validates the schema at startup")
                .contains("bytecode-enhanced at build time: true")
                .contains("author loaded? false")
                .contains("(password is @Sensitive: left out)")
                .doesNotContain("c0rrect-Horse")
                .contains("status=PUBLISHED views=42")
                .contains("views: [many] is not a number that fits Integer exactly")
                .contains("createdAt: is generated (@CreatedAt) and cannot be written")
                .contains("rating: is not an attribute of Post")
                .contains("title is still \"Hello again, Hibernate Pack\"")
                .contains("title must not be blank")
                .contains("posts in the database: 1")
                .contains("find(Post) = null")
                .contains("posts: 0, comments: 0")
                .containsPattern("is_deleted=true deleted_at=\\d{4}-")
                .contains("deleted comments: [Nice!]")
                .contains("after the call, find(Post) = null")
                .contains("is_deleted=false, comments: [Nice!]")
                // the unit's final count (7 posts), at the demo's own method, not its lambda's synthetic name
                .contains("N+1: 7 selects loading Post.comments one at a time (collection) at "
                        + BlogDemo.class.getName() + ".monitoring(BlogDemo.java:")
                .contains("try: fetch Post.comments with its owners ('join fetch', an entity graph)")
                .contains("selects: 1, N+1 findings: 0")
                .contains("the transaction, as QueryMonitor.onUnitOfWork saw it: 1 statement (1 select) in ")
                .contains("report written to")
                .contains("20 rows in 20 insert(s), one per row")
                .contains("first slug=draft-01")
                .contains("updateWhere published 20 drafts in one statement")
                .contains("page 2 of 4 (20 posts): [Draft 06, Draft 07, Draft 08, Draft 09, Draft 10]")
                .contains("refused: Cannot sort by [title desc, (select 1)]: Post has no attribute")
                .containsPattern("\\d+ posts by \\[ada, grace\\], \\d+ comments\\R   selects: 1, N\\+1 findings: 0")
                .contains("StatusStats[status=PUBLISHED, posts=21, views=42]")
                .contains("CommentCount[title=Hello again, Hibernate Pack, comments=1]")
                .contains("DuplicateKeyException: Duplicate key: the change broke unique constraint ux_users_username on username [in User.insert]")
                .contains("RecordNotFoundException: No Post with id -1 [in Post.getById(id=-1)]")
                .contains("users named grace: 1")
                .containsPattern("UPDATE by \\d+ \\(transaction [0-9a-f]{8}\\)\\R     email: grace@example.org -> grace.hopper@example.org"
                        + "\\R     password: changed \\(masked\\)")
                .containsPattern("INSERT by null \\(transaction [0-9a-f]{8}\\)")
                .doesNotContain("an0ther-Secret")
                .containsPattern("\"Hello, World!\" +-> hello-world +1 insert\\(s\\), 0 slug queries")
                .containsPattern("\"Hello, World!\" +-> hello-world-2 +2 insert\\(s\\), 1 slug query")
                .containsPattern("\"hello world\\?!\" +-> hello-world-3 ")
                .contains("-> creme-brulee-a-la-strasse")
                .contains("-> privet-mir")
                .containsPattern("\"🎉🎉🎉\" +-> [a-z0-9]{10} ")
                .contains("-> new-2")
                .contains("findBySlug(\"hello-world-2\") -> \"Hello, World!\" (redirect: false)")
                .contains("email stored as Linus@example.org; checkPassword(right) = true, (wrong) = false")
                .contains("password column: $pbkdf2-sha256$i=600000$<salt>$<hash>")
                .doesNotContain("tux-Rules-42")
                .contains("setEmail(\"linus@localhost\") refused: The domain needs at least two parts, such as example.org")
                .contains("moved \"Comment on post 1\": Post 1 has 0, Post 2 has 2, the comment's post is Post 2")
                .contains("where p.commentCount > 1: Post 2 (getCommentCount() = 2)")
                .containsPattern("insertAll: 5 posts, slugs \\[frequency-hopping, spread-spectrum, torpedo-guidance, hollywood,"
                        + " hello-world-4\\], created_at=\\d{4}-")
                .contains("page 1 of 3: [Frequency hopping, Hello, World!]")
                .contains("page 2 of 3: [Hollywood, Spread spectrum]")
                .contains("page 3 of 3: [Torpedo guidance]")
                .contains("comments.deleteByPost(id) = 1, posts.delete(post): 2 update(s), 0 delete(s)")
                .contains("findById -> Optional.empty, bySlug(\"hollywood\") -> Optional.empty, byAuthor: 4 posts on 2 pages,"
                        + " comments: 0")
                .containsPattern("withDeleted: findById -> Post\\(id=\\d+, title=Hollywood, [^\\n]*\\) is_deleted=true deleted_at=\\d{4}-");
        assertThat(Files.readString(report)).contains("<h2>N+1 findings</h2>").contains("Post.comments");
    }
}
