// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.monitoring.internal;

import java.util.Locale;
import java.util.regex.Pattern;

import dev.hibernatepack.monitoring.QueryKind;

/**
 * Turns SQL into its shape: string and number literals become {@code ?}, lists of parameters
 * ({@code in (?, ?, ?)}, {@code values (?, ?)}) become {@code (?...)}, runs of white space one
 * space, leading comments go. The same query with other values, or another number of IN-list
 * elements, has one shape.
 */
public final class SqlShapes {

    private static final Pattern PARAMETER_LIST = Pattern.compile("\\(\\s*\\?(?:\\s*,\\s*\\?)*\\s*\\)");
    private static final Pattern MULTI_KEY = Pattern.compile("\\b(?:in|any)\\s*\\(", Pattern.CASE_INSENSITIVE);

    private SqlShapes() {
    }

    /** The shape of {@code sql}. */
    public static String shapeOf(String sql) {
        StringBuilder out = new StringBuilder(sql.length());
        int n = sql.length();
        int i = skipLeadingComments(sql);
        for (; i < n; i++) {
            char c = sql.charAt(i);
            if (c == '\'') {
                i = endOfQuoted(sql, i, '\'');
                out.append('?');
            } else if (c == '"' || c == '`') {
                int end = endOfQuoted(sql, i, c);
                out.append(sql, i, Math.min(end + 1, n));
                i = end;
            } else if (Character.isDigit(c) && !identifierBefore(out)) {
                while (i + 1 < n && (Character.isLetterOrDigit(sql.charAt(i + 1)) || sql.charAt(i + 1) == '.')) {
                    i++;
                }
                out.append('?');
            } else if (Character.isWhitespace(c)) {
                if (out.length() > 0 && out.charAt(out.length() - 1) != ' ') {
                    out.append(' ');
                }
            } else {
                out.append(c);
            }
        }
        return PARAMETER_LIST.matcher(out).replaceAll("(?...)").trim();
    }

    /** What the statement does. */
    public static QueryKind kindOf(String shape) {
        int end = 0;
        while (end < shape.length() && Character.isLetter(shape.charAt(end))) {
            end++;
        }
        return switch (shape.substring(0, end).toLowerCase(Locale.ROOT)) {
            case "select", "with" -> QueryKind.SELECT;
            case "insert" -> QueryKind.INSERT;
            case "update" -> QueryKind.UPDATE;
            case "delete" -> QueryKind.DELETE;
            default -> QueryKind.OTHER;
        };
    }

    /** Whether the statement loads by several keys at once (IN-list, {@code = any(?)}, subselect). */
    public static boolean loadsSeveralKeys(String shape) {
        return MULTI_KEY.matcher(shape).find();
    }

    private static boolean identifierBefore(StringBuilder out) {
        if (out.length() == 0) {
            return false;
        }
        char before = out.charAt(out.length() - 1);
        return Character.isLetterOrDigit(before) || before == '_' || before == '$';
    }

    private static int endOfQuoted(String sql, int start, char quote) {
        int i = start + 1;
        while (i < sql.length()) {
            if (sql.charAt(i) == quote) {
                if (i + 1 < sql.length() && sql.charAt(i + 1) == quote) {
                    i += 2;
                    continue;
                }
                return i;
            }
            i++;
        }
        return sql.length() - 1;
    }

    private static int skipLeadingComments(String sql) {
        int i = 0;
        while (true) {
            while (i < sql.length() && Character.isWhitespace(sql.charAt(i))) {
                i++;
            }
            if (sql.startsWith("/*", i)) {
                int end = sql.indexOf("*/", i + 2);
                i = end < 0 ? sql.length() : end + 2;
            } else if (sql.startsWith("--", i)) {
                int end = sql.indexOf('\n', i);
                i = end < 0 ? sql.length() : end + 1;
            } else {
                return i;
            }
        }
    }
}
