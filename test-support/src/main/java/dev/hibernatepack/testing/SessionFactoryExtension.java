// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.testing;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * The JUnit extension behind {@link HibernateTest}: one {@code SessionFactory} per test class,
 * built on first use and closed (schema dropped) when the class is done; SQL log cleared before
 * and mapped tables emptied after each test.
 */
public final class SessionFactoryExtension implements BeforeEachCallback, AfterEachCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SessionFactoryExtension.class);

    @Override
    public void beforeEach(ExtensionContext context) {
        scope(context).sql().clear();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (annotation(context).truncateAfterEach()) {
            scope(context).truncateMappedTables();
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == SessionFactoryScope.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return scope(context);
    }

    private static SessionFactoryScope scope(ExtensionContext context) {
        Class<?> testClass = annotatedClass(context);
        ExtensionContext classContext = context;
        while (classContext.getTestClass().orElse(null) != testClass || classContext.getTestMethod().isPresent()) {
            classContext = classContext.getParent().orElseThrow();
        }
        HibernateTest config = annotation(context);
        // JUnit closes AutoCloseable values when the class's store is discarded.
        return classContext.getStore(NAMESPACE).getOrComputeIfAbsent(
                testClass, type -> open(testClass, config), SessionFactoryScope.class);
    }

    private static SessionFactoryScope open(Class<?> testClass, HibernateTest config) {
        Map<String, Object> settings = new LinkedHashMap<>();
        for (Setting setting : config.settings()) {
            settings.put(setting.name(), setting.value());
        }
        return TestSessionFactories.open(Arrays.asList(config.entities()), settings, testClass.getSimpleName());
    }

    private static HibernateTest annotation(ExtensionContext context) {
        return AnnotationSupport.findAnnotation(annotatedClass(context), HibernateTest.class).orElseThrow();
    }

    private static Class<?> annotatedClass(ExtensionContext context) {
        Class<?> type = context.getRequiredTestClass();
        for (Class<?> c = type; c != null; c = c.getEnclosingClass()) {
            if (AnnotationSupport.isAnnotated(c, HibernateTest.class)) {
                return c;
            }
        }
        throw new ExtensionConfigurationException(type.getName() + " is not annotated @HibernateTest");
    }
}
