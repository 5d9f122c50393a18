// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.mixins.internal;

import java.util.List;
import java.util.Locale;

/**
 * Keeps exception messages short whatever the input: a caller's keys and values are shortened
 * and control characters escaped, and long lists show their first items and how many more.
 */
public final class MessageText {

    private MessageText() {
    }

    /**
     * {@code value} as text of at most {@code maxLength} characters (the last one {@code …} when
     * shortened), with control characters escaped so that a message stays on one line.
     */
    public static String abbreviate(Object value, int maxLength) {
        String text = String.valueOf(value);
        boolean shortened = text.length() > maxLength;
        if (shortened) {
            text = text.substring(0, Math.max(0, maxLength - 1));
        }
        StringBuilder out = new StringBuilder(text.length() + 1);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c)) {
                out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return shortened ? out.append('…').toString() : out.toString();
    }

    /** The first {@code max} items joined by {@code ", "}, then {@code "and 1,234 more"} if there are more. */
    public static String firstOf(List<String> items, int max) {
        StringBuilder out = new StringBuilder();
        int shown = Math.min(max, items.size());
        for (int i = 0; i < shown; i++) {
            if (i > 0) {
                out.append(", ");
            }
            out.append(items.get(i));
        }
        if (items.size() > shown) {
            out.append(shown > 0 ? " " : "").append(andMore(items.size() - shown));
        }
        return out.toString();
    }

    /** {@code "and 9,990 more"}. */
    public static String andMore(int count) {
        return String.format(Locale.ROOT, "and %,d more", count);
    }
}
