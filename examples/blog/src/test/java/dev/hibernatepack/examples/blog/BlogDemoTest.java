// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.examples.blog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** The demo is documentation that runs: it must keep showing what the README promises. */
class BlogDemoTest {

    @Test
    void demoShowsEveryStepOnEnhancedEntities() {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        BlogDemo.run(new PrintStream(buffer, true, StandardCharsets.UTF_8));
        String output = buffer.toString(StandardCharsets.UTF_8);

        assertThat(output)
                .contains("bytecode-enhanced at build time: true")
                .contains("author loaded? false")
                .contains("(passwordHash is @Sensitive: left out)")
                .doesNotContain("not-a-real-hash")
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
                .contains("is_deleted=false, comments: [Nice!]");
    }
}
