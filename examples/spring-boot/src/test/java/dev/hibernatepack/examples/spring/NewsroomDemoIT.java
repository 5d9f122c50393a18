// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.examples.spring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The demo that {@code NewsroomApplication.main} runs, on the tests' application context. */
@NewsroomTest
class NewsroomDemoIT {

    @Autowired
    NewsroomDemo demo;

    @Test
    void everyStepShowsWhatTheReadmeSays() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        demo.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String output = bytes.toString(StandardCharsets.UTF_8);

        assertThat(output).contains(
                "1. Published \"Hello, Spring!\" as /hello-spring, created at ",
                "2. Same title, next free slug: /hello-spring-2; another editor: \"Rain tomorrow\" by grace",
                "3. Edited by grace: title \"Hello again, Spring!\", slug still /hello-spring",
                "4. Page 1 of 2 by title: [Hello again, Spring!, Hello, Spring!]; tech by Specification: 2;"
                        + " ada's titles by @Query: [Hello again, Spring!, Hello, Spring!]",
                "5. deleteById soft-deletes: findById is empty, count 2, existsById false, live comments 0",
                "6. SoftDeletes.withDeleted shows it: deleted true, deleted_by grace",
                "7. deleteAllInBatch refused: Bulk delete of soft-deletable entity dev.hibernatepack.examples.spring.Article refused",
                "8. Restored: /hello-spring found by Slugs.findBySlug on Spring's EntityManager: true, with 2 comments",
                "   RESTORE by ada ",
                "   SOFT_DELETE by grace",
                "   UPDATE  by grace [body, title, updatedBy]",
                "   INSERT  by ada ",
                "10. Monitoring saw 4 selects for articles and their comments, N+1 findings: [Article.comments x3]");
    }
}
