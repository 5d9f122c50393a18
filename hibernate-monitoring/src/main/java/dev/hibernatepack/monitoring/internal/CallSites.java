// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.monitoring.internal;

import java.util.Optional;

/**
 * The application frame that caused a statement: the first frame outside the JDK, Hibernate, the
 * pack's internals, generated proxies and the repository implementations hibernate-processor
 * generates. Walked only when a report needs it.
 */
final class CallSites {

    private static final StackWalker WALKER = StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE);

    /** Read once per class: whether it is a repository implementation hibernate-processor wrote. */
    private static final ClassValue<Boolean> GENERATED_REPOSITORY = new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> type) {
            return isGeneratedRepository(type);
        }
    };

    private CallSites() {
    }

    static String current() {
        Optional<StackWalker.StackFrame> frame = WALKER.walk(frames -> frames.filter(CallSites::isApplication).findFirst());
        return frame.map(f -> f.getClassName() + "." + f.getMethodName() + "(" + f.getFileName() + ":" + f.getLineNumber() + ")")
                .orElse("(unknown)");
    }

    static boolean isApplication(StackWalker.StackFrame frame) {
        return isApplication(frame.getClassName()) && !GENERATED_REPOSITORY.get(frame.getDeclaringClass());
    }

    static boolean isApplication(String className) {
        return !(className.startsWith("java.") || className.startsWith("javax.") || className.startsWith("jdk.")
                || className.startsWith("sun.") || className.startsWith("com.sun.") || className.startsWith("jakarta.")
                || className.startsWith("org.hibernate.") || className.startsWith("net.bytebuddy.")
                || className.startsWith("org.h2.") || className.startsWith("org.postgresql.")
                || className.startsWith("com.zaxxer.hikari.")
                || className.startsWith("dev.hibernatepack.") && (className.contains(".internal.") || className.startsWith("dev.hibernatepack.testing."))
                || className.equals("dev.hibernatepack.monitoring.QueryCounts")
                || className.contains("$HibernateProxy") || className.contains("$$_hibernate_"));
    }

    /**
     * Whether {@code type} is what hibernate-processor generates for a repository interface
     * {@code Library} (a Jakarta Data {@code @Repository}, or an interface of Hibernate's own
     * {@code @Find} / {@code @HQL} methods): {@code Library_}, in the same package, implementing it.
     * Its {@code @Generated} annotation is not kept at run time, so the name is what tells; the
     * interface's own default methods stay application code.
     */
    static boolean isGeneratedRepository(Class<?> type) {
        String name = type.getSimpleName();
        if (!name.endsWith("_") || type.isInterface()) {
            return false;
        }
        for (Class<?> implemented : type.getInterfaces()) {
            if (name.equals(implemented.getSimpleName() + "_") && implemented.getPackageName().equals(type.getPackageName())) {
                return true;
            }
        }
        return false;
    }
}
