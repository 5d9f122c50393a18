// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.examples.spring;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.jdbc.Sql;

/**
 * The newsroom application as it runs, for a test class: every class so annotated shares one
 * Spring context (keep it so: no other properties or mock beans), and the rows a test wrote are
 * removed for good after it, since the application's own deletes are soft.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest
@Sql(statements = {"delete from comment", "delete from article", "delete from audit_log"},
        executionPhase = Sql.ExecutionPhase.AFTER_TEST_METHOD)
public @interface NewsroomTest {
}
