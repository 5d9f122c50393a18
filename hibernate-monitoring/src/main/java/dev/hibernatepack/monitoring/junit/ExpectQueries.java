// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.monitoring.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Fails a JUnit 5 test whose body ran another number of statements than declared, or loaded an
 * association one row at a time. Counts the test method only, not {@code @BeforeEach} set-up.
 *
 * <pre>{@code
 * @Test
 * @ExpectQueries(select = 1)
 * void listsPostsWithTheirComments() { ... }
 * }</pre>
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(QueryCountExtension.class)
public @interface ExpectQueries {

    /** Expected selects; {@code -1} (default) does not check. */
    int select() default -1;

    /** Expected inserts (a JDBC batch counts once); {@code -1} (default) does not check. */
    int insert() default -1;

    /** Expected updates (a JDBC batch counts once); {@code -1} (default) does not check. */
    int update() default -1;

    /** Expected deletes (a JDBC batch counts once); {@code -1} (default) does not check. */
    int delete() default -1;

    /** Whether an N+1 pattern fails the test. Default {@code true}. */
    boolean noNPlusOne() default true;
}
