// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.monitoring.internal;

import java.util.Optional;

/**
 * The application frame that caused a statement: the first frame outside the JDK, Hibernate, the
 * pack's internals and generated proxies. Walked only when a report needs it.
 */
final class CallSites {

    private static final StackWalker WALKER = StackWalker.getInstance();

    private CallSites() {
    }

    static String current() {
        Optional<StackWalker.StackFrame> frame = WALKER.walk(frames -> frames.filter(f -> isApplication(f.getClassName())).findFirst());
        return frame.map(f -> f.getClassName() + "." + f.getMethodName() + "(" + f.getFileName() + ":" + f.getLineNumber() + ")")
                .orElse("(unknown)");
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
}
