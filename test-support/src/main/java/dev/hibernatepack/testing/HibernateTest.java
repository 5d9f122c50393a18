// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Boots one real {@code SessionFactory} for the annotated test class (on the database that
 * {@link TestDatabase#current()} selects) and hands it to test methods as a
 * {@link SessionFactoryScope} parameter; the mapped tables are emptied after every test.
 *
 * <pre>{@code
 * @HibernateTest(entities = Post.class, settings = @Setting(name = "hibernate.jdbc.batch_size", value = "50"))
 * class PostIT {
 *     @Test
 *     void insertsOneRow(SessionFactoryScope scope) {
 *         scope.inTransaction(session -> session.persist(new Post("Hello")));
 *         assertThat(scope.sql().inserts()).hasSize(1);
 *     }
 * }
 * }</pre>
 */
@Documented
@Inherited
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(SessionFactoryExtension.class)
public @interface HibernateTest {

    /** The entity (and mapped superclass or embeddable) classes of the domain model. */
    Class<?>[] entities();

    /** Hibernate or pack settings, applied over the database connection settings. */
    Setting[] settings() default {};

    /** Whether the mapped tables are emptied after each test; switch off for read-only fixtures. */
    boolean truncateAfterEach() default true;
}
