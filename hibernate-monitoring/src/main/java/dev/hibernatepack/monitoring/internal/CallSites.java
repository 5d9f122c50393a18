// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.monitoring.internal;

import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The application frame that caused a statement: the first frame of the application's own code,
 * skipping the JDK, reflection, Hibernate, the pack's internals, Spring, test runners, generated
 * proxies (JDK, CGLIB, ByteBuddy, Weld), the repository implementations hibernate-processor
 * generates and the packages the application names as its own framework. A lambda's body reads as
 * the method that declares it. Walked only when a report needs it.
 */
final class CallSites {

    private static final StackWalker WALKER = StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE);

    /** Packages whose classes never are the application's call site. */
    private static final String[] FRAMEWORK_PACKAGES = {
            "java.", "javax.", "jdk.", "sun.", "com.sun.", "jakarta.",
            "org.hibernate.", "net.bytebuddy.", "org.h2.", "org.postgresql.", "org.mariadb.", "com.zaxxer.hikari.",
            "org.springframework.", "org.jboss.weld.", "org.junit.", "org.apache.maven.surefire.", "org.gradle."};

    /** Parts of the names that bytecode generators give their classes. */
    private static final String[] GENERATED_CLASS_MARKS = {
            "$$SpringCGLIB$$", "$$EnhancerBy", "$$FastClassBy", "$Proxy$_$$_Weld", "$ByteBuddy$", "$HibernateProxy",
            "$$_hibernate_", "$$Lambda"};

    /** Read once per class: whether it is generated (a JDK proxy, a repository hibernate-processor wrote). */
    private static final ClassValue<Boolean> GENERATED = new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> type) {
            return isGenerated(type);
        }
    };

    /** The call sites of an application with no framework of its own. */
    static final CallSites DEFAULT = new CallSites(List.of());

    // As "com.example.platform." and "com.example.platform$" (a class given by name, and its nested classes).
    private final String[] skipped;
    private final String[] exact;

    /** Call sites that also skip {@code frameworkPackages}: package or class names of the application's own framework. */
    CallSites(List<String> frameworkPackages) {
        this.exact = frameworkPackages.toArray(String[]::new);
        this.skipped = frameworkPackages.stream().flatMap(name -> Stream.of(name + ".", name + "$")).toArray(String[]::new);
    }

    /** {@code Class.method(File.java:line)} of the first application frame of this thread, or {@code (unknown)}. */
    String current() {
        Optional<StackWalker.StackFrame> frame = WALKER.walk(frames -> frames.filter(this::isOwnCode).findFirst());
        return frame.map(CallSites::describe).orElse("(unknown)");
    }

    private boolean isOwnCode(StackWalker.StackFrame frame) {
        return isApplication(frame) && !isApplicationFramework(frame.getClassName());
    }

    /** Whether {@code className} is in one of the application's framework packages, or is one of its framework classes. */
    boolean isApplicationFramework(String className) {
        for (String name : exact) {
            if (className.equals(name)) {
                return true;
            }
        }
        for (String prefix : skipped) {
            if (className.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    /** A frame as {@code Class.method(File.java:line)}, where a lambda's body is named by its enclosing method. */
    static String describe(StackWalker.StackFrame frame) {
        return frame.getClassName() + "." + enclosingMethod(frame.getMethodName()) + "(" + frame.getFileName() + ":"
                + frame.getLineNumber() + ")";
    }

    /**
     * The method a lambda body was written in, from the name javac gives the body:
     * {@code lambda$findAll$0} is in {@code findAll}, {@code lambda$new$0} in a constructor,
     * {@code lambda$static$0} in a static initializer, and a serializable lambda's
     * {@code lambda$findAll$9a1c2b3d$1} in {@code findAll}. Other names are returned as they are.
     */
    static String enclosingMethod(String method) {
        if (!method.startsWith("lambda$")) {
            return method;
        }
        String rest = method.substring("lambda$".length());
        int end = rest.indexOf('$');
        if (end <= 0) {
            return method;
        }
        String enclosing = rest.substring(0, end);
        return switch (enclosing) {
            case "new" -> "<init>";
            case "static" -> "<clinit>";
            default -> enclosing;
        };
    }

    /** Whether a frame can be application code by what the pack knows of frameworks and generated classes. */
    static boolean isApplication(StackWalker.StackFrame frame) {
        return isApplication(frame.getClassName()) && !GENERATED.get(frame.getDeclaringClass());
    }

    static boolean isApplication(String className) {
        for (String prefix : FRAMEWORK_PACKAGES) {
            if (className.startsWith(prefix)) {
                return false;
            }
        }
        for (String mark : GENERATED_CLASS_MARKS) {
            if (className.contains(mark)) {
                return false;
            }
        }
        return !(className.startsWith("dev.hibernatepack.")
                && (className.contains(".internal.") || className.startsWith("dev.hibernatepack.testing."))
                || className.equals("dev.hibernatepack.monitoring.QueryCounts"));
    }

    /**
     * Whether {@code type} is generated: a JDK proxy (defined in the package of a non-public
     * interface it implements, so its name alone does not tell) or a generated repository.
     */
    static boolean isGenerated(Class<?> type) {
        return Proxy.isProxyClass(type) || isGeneratedRepository(type);
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
