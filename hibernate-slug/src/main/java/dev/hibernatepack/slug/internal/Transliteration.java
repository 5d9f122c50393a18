// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.slug.internal;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

/**
 * Latin transliteration of other scripts through ICU4J ({@code com.ibm.icu.text.Transliterator},
 * rules {@code Any-Latin; Latin-ASCII}) when it is on the classpath, looked up once at run time;
 * without it, text is returned unchanged and non-Latin letters are left for the caller to drop.
 */
public final class Transliteration {

    private static final String RULES = "Any-Latin; Latin-ASCII";
    private static final MethodHandle TRANSLITERATE = lookup();

    private Transliteration() {
    }

    /** Whether ICU4J was found. */
    public static boolean available() {
        return TRANSLITERATE != null;
    }

    /** {@code text} in Latin letters when ICU4J is present, else unchanged. */
    public static String toLatin(String text) {
        if (TRANSLITERATE == null || isAscii(text)) {
            return text;
        }
        try {
            return (String) TRANSLITERATE.invoke(text);
        } catch (Throwable e) {
            throw new IllegalStateException("ICU4J transliteration failed", e);
        }
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 128) {
                return false;
            }
        }
        return true;
    }

    private static MethodHandle lookup() {
        try {
            Class<?> type = Class.forName("com.ibm.icu.text.Transliterator", true, Transliteration.class.getClassLoader());
            Object transliterator = type.getMethod("getInstance", String.class).invoke(null, RULES);
            return MethodHandles.publicLookup().findVirtual(type, "transliterate", MethodType.methodType(String.class, String.class))
                    .bindTo(transliterator);
        } catch (ReflectiveOperationException | LinkageError e) {
            return null;
        }
    }
}
