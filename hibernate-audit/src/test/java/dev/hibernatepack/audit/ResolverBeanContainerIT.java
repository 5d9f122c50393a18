// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import org.hibernate.resource.beans.container.spi.BeanContainer;
import org.hibernate.resource.beans.container.spi.ContainedBean;
import org.hibernate.resource.beans.spi.BeanInstanceProducer;
import org.junit.jupiter.api.Test;

import dev.hibernatepack.audit.spi.CurrentUserResolver;
import dev.hibernatepack.audit.testmodel.AppUser;
import dev.hibernatepack.audit.testmodel.Ticket;
import dev.hibernatepack.testing.SessionFactoryScope;
import dev.hibernatepack.testing.TestSessionFactories;

/**
 * A resolver named in the settings, with a bean container (as Spring Boot hands Hibernate its
 * {@code SpringBeanContainer}): the module uses the application's own bean, and no instance of its own.
 */
class ResolverBeanContainerIT {

    private static final String BEAN_CONTAINER = "hibernate.resource.beans.container";

    /** The application's resolver: it reads who the application signed in. */
    public static final class SignedInUser implements CurrentUserResolver {
        static final AtomicInteger made = new AtomicInteger();
        volatile Long signedIn;

        public SignedInUser() {
            made.incrementAndGet();
        }

        @Override
        public Optional<Object> currentUser() {
            return Optional.ofNullable(signedIn);
        }
    }

    /** A resolver the container has no bean of. */
    public static final class NotABean implements CurrentUserResolver {
        @Override
        public Optional<Object> currentUser() {
            return Optional.of(5L);
        }
    }

    /**
     * Behaves as Spring's {@code SpringBeanContainer}: JPA-compliant creation makes a new instance
     * of the class (Spring's {@code createBean}); otherwise the context's own bean
     * ({@code getBean(type)}), and Hibernate's fallback for a class it has no bean of.
     */
    static final class ApplicationBeans implements BeanContainer {
        final SignedInUser singleton = new SignedInUser();
        final List<LifecycleOptions> asked = new ArrayList<>();

        @Override
        public <B> ContainedBean<B> getBean(Class<B> beanType, LifecycleOptions options, BeanInstanceProducer fallback) {
            asked.add(options);
            B bean;
            if (options.useJpaCompliantCreation()) {
                bean = fallback.produceBeanInstance(beanType);
            } else if (beanType.isInstance(singleton)) {
                bean = beanType.cast(singleton);
            } else {
                bean = fallback.produceBeanInstance(beanType);
            }
            return new ContainedBean<>() {
                @Override
                public Class<B> getBeanClass() {
                    return beanType;
                }

                @Override
                public B getBeanInstance() {
                    return bean;
                }
            };
        }

        @Override
        public <B> ContainedBean<B> getBean(String name, Class<B> beanType, LifecycleOptions options, BeanInstanceProducer fallback) {
            return getBean(beanType, options, fallback);
        }

        @Override
        public void stop() {
        }
    }

    private static SessionFactoryScope open(ApplicationBeans beans, Class<?> resolver, String name) {
        return TestSessionFactories.open(List.of(AppUser.class, Ticket.class),
                Map.of(AuditSettings.CURRENT_USER, resolver.getName(), BEAN_CONTAINER, beans), name);
    }

    private static Long createdBy(SessionFactoryScope scope, String subject) {
        Ticket ticket = new Ticket(subject);
        scope.inTransaction(session -> session.persist(ticket));
        return scope.fromTransaction(session -> session.find(Ticket.class, ticket.getId()).getCreatedBy());
    }

    @Test
    void everyFactoryUsesTheApplicationsOwnResolverBeanAndMakesNoInstanceOfItsOwn() {
        SignedInUser.made.set(0);
        ApplicationBeans beans = new ApplicationBeans();
        try (SessionFactoryScope first = open(beans, SignedInUser.class, "audit-container-1");
                SessionFactoryScope second = open(beans, SignedInUser.class, "audit-container-2")) {
            assertThat(beans.asked).as("the bean is looked up at the first write, not while the container may still be starting")
                    .isEmpty();

            beans.singleton.signedIn = 41L;
            assertThat(createdBy(first, "first")).isEqualTo(41L);
            beans.singleton.signedIn = 42L;
            assertThat(createdBy(second, "second")).isEqualTo(42L);
            assertThat(createdBy(second, "again")).isEqualTo(42L);

            assertThat(SignedInUser.made).as("only the application's own bean was ever made").hasValue(1);
            assertThat(beans.asked).as("asked once per factory, for the shared bean").hasSize(2).allSatisfy(options -> {
                assertThat(options.useJpaCompliantCreation()).isFalse();
                assertThat(options.canUseCachedReferences()).isTrue();
            });
        }
    }

    @Test
    void aClassTheContainerHasNoBeanOfIsMadeWithItsNoArgumentConstructor() {
        ApplicationBeans beans = new ApplicationBeans();
        try (SessionFactoryScope scope = open(beans, NotABean.class, "audit-container-fallback")) {
            assertThat(createdBy(scope, "fallback")).isEqualTo(5L);
        }
    }

    @Test
    void withoutAContainerTheResolverIsMadeOnceAtBoot() {
        SignedInUser.made.set(0);
        try (SessionFactoryScope scope = TestSessionFactories.open(List.of(AppUser.class, Ticket.class),
                Map.of(AuditSettings.CURRENT_USER, SignedInUser.class.getName()), "audit-no-container")) {
            assertThat(SignedInUser.made).hasValue(1);
        }
    }
}
