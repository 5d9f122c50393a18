// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.monitoring.internal;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import dev.hibernatepack.monitoring.QueryKind;

/**
 * Turns SQL into its shape, so that one query is one shape whatever its values: every string and
 * number literal becomes {@code ?} (a negative number too: {@code x > -5} gives {@code x > ?}),
 * an IN-list of parameters becomes {@code in (?...)} whatever its length, the rows after the first
 * of a multi-row {@code values (...), (...)} become {@code , ...}, comments go (optimizer hints
 * {@code /*+ ... *}{@code /} stay) and runs of white space become one space. Nothing else is folded:
 * {@code pg_sleep(?)}, {@code substring(?, ?)} and {@code in (select ...)} keep their form.
 */
public final class SqlShapes {

    private static final Pattern MULTI_KEY = Pattern.compile("\\b(?:in|any)\\s*\\(", Pattern.CASE_INSENSITIVE);

    /** Words after which a minus sign starts a negative number rather than a subtraction. */
    private static final Set<String> BEFORE_OPERAND = Set.of("select", "where", "and", "or", "not", "when", "then", "else",
            "case", "between", "like", "in", "is", "on", "having", "by", "values", "set", "return", "limit", "offset",
            "fetch", "first", "top", "as", "distinct", "all", "any", "some", "exists", "escape");

    private SqlShapes() {
    }

    /** The shape of {@code sql}. */
    public static String shapeOf(String sql) {
        return fold(replaceLiterals(sql));
    }

    /** Replaces literals by {@code ?}, drops comments and collapses white space. */
    private static String replaceLiterals(String sql) {
        StringBuilder out = new StringBuilder(sql.length());
        int n = sql.length();
        for (int i = 0; i < n; i++) {
            char c = sql.charAt(i);
            if (c == '/' && i + 1 < n && sql.charAt(i + 1) == '*') {
                int end = sql.indexOf("*/", i + 2);
                end = end < 0 ? n : end + 2;
                if (i + 2 < n && sql.charAt(i + 2) == '+') {
                    out.append(sql, i, end); // an optimizer hint changes the plan: part of the shape
                } else {
                    space(out);
                }
                i = end - 1;
            } else if (c == '-' && i + 1 < n && sql.charAt(i + 1) == '-') {
                int end = sql.indexOf('\n', i);
                i = end < 0 ? n : end;
                space(out);
            } else if (c == '\'') {
                boolean backslashEscapes = dropPrefix(out);
                i = endOfQuoted(sql, i, '\'', backslashEscapes);
                out.append('?');
            } else if (c == '$' && !identifierBefore(out) && dollarTag(sql, i) > 0) {
                int tagEnd = dollarTag(sql, i);
                String tag = sql.substring(i, tagEnd);
                int close = sql.indexOf(tag, tagEnd);
                i = close < 0 ? n - 1 : close + tag.length() - 1;
                out.append('?');
            } else if (c == '"' || c == '`') {
                int end = endOfQuoted(sql, i, c, false);
                out.append(sql, i, Math.min(end + 1, n));
                i = end;
            } else if (startsNumber(sql, i) && !identifierBefore(out)) {
                dropUnarySign(out);
                i = endOfNumber(sql, i) - 1;
                out.append('?');
            } else if (Character.isWhitespace(c)) {
                space(out);
            } else {
                out.append(c);
            }
        }
        return out.toString().trim();
    }

    private static void space(StringBuilder out) {
        if (out.length() > 0 && out.charAt(out.length() - 1) != ' ') {
            out.append(' ');
        }
    }

    private static boolean startsNumber(String sql, int i) {
        char c = sql.charAt(i);
        return Character.isDigit(c) || c == '.' && i + 1 < sql.length() && Character.isDigit(sql.charAt(i + 1));
    }

    /** The end of a number: digits, a fraction, an exponent with its sign, and letters such as {@code 0x1F}. */
    private static int endOfNumber(String sql, int start) {
        int i = start;
        int n = sql.length();
        while (i < n) {
            char c = sql.charAt(i);
            if ((c == '+' || c == '-') && (sql.charAt(i - 1) == 'e' || sql.charAt(i - 1) == 'E')
                    && i + 1 < n && Character.isDigit(sql.charAt(i + 1)) && !hexadecimal(sql, start)) {
                i++;
            } else if (Character.isLetterOrDigit(c) || c == '.' || c == '_') {
                i++;
            } else {
                break;
            }
        }
        return i;
    }

    private static boolean hexadecimal(String sql, int start) {
        return start + 1 < sql.length() && sql.charAt(start) == '0' && (sql.charAt(start + 1) == 'x' || sql.charAt(start + 1) == 'X');
    }

    /** Drops a sign written just before a number when it makes the number negative (or positive) rather than subtracting. */
    private static void dropUnarySign(StringBuilder out) {
        int end = out.length();
        int sign = end - 1;
        if (sign >= 0 && out.charAt(sign) == ' ') {
            sign--;
        }
        if (sign < 0 || out.charAt(sign) != '-' && out.charAt(sign) != '+') {
            return;
        }
        int before = sign - 1;
        while (before >= 0 && out.charAt(before) == ' ') {
            before--;
        }
        boolean unary;
        if (before < 0) {
            unary = true;
        } else {
            char b = out.charAt(before);
            if (Character.isLetterOrDigit(b) || b == '_' || b == '$') {
                int wordStart = before;
                while (wordStart > 0 && (Character.isLetterOrDigit(out.charAt(wordStart - 1)) || out.charAt(wordStart - 1) == '_')) {
                    wordStart--;
                }
                unary = BEFORE_OPERAND.contains(out.substring(wordStart, before + 1).toLowerCase(Locale.ROOT));
            } else {
                unary = b != ')' && b != '?' && b != '"' && b != '`' && b != ']';
            }
        }
        if (unary) {
            out.setLength(sign);
        }
    }

    /**
     * Drops the one-letter prefix of a prefixed string literal ({@code E'..'}, {@code N'..'},
     * {@code X'..'}, {@code B'..'}); whether it is PostgreSQL's {@code E'..'}, whose backslashes escape.
     */
    private static boolean dropPrefix(StringBuilder out) {
        int last = out.length() - 1;
        if (last < 0 || "eEnNxXbB".indexOf(out.charAt(last)) < 0 || last > 0 && isIdentifierPart(out.charAt(last - 1))) {
            return false;
        }
        boolean escaped = out.charAt(last) == 'e' || out.charAt(last) == 'E';
        out.setLength(last);
        return escaped;
    }

    /** The end (exclusive) of a PostgreSQL dollar-quote tag ({@code $$}, {@code $body$}) starting at {@code i}, or -1. */
    private static int dollarTag(String sql, int i) {
        int j = i + 1;
        if (j < sql.length() && Character.isDigit(sql.charAt(j))) {
            return -1; // $1 is a parameter
        }
        while (j < sql.length() && (Character.isLetterOrDigit(sql.charAt(j)) || sql.charAt(j) == '_')) {
            j++;
        }
        return j < sql.length() && sql.charAt(j) == '$' ? j + 1 : -1;
    }

    private static boolean identifierBefore(StringBuilder out) {
        return out.length() > 0 && isIdentifierPart(out.charAt(out.length() - 1));
    }

    private static boolean isIdentifierPart(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$';
    }

    private static int endOfQuoted(String sql, int start, char quote, boolean backslashEscapes) {
        int i = start + 1;
        while (i < sql.length()) {
            char c = sql.charAt(i);
            if (backslashEscapes && c == '\\') {
                i += 2;
                continue;
            }
            if (c == quote) {
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

    /**
     * Folds the lists whose length varies with the data: {@code in (?, ?, ?)} (also of equal
     * tuples, {@code in ((?,?),(?,?))}) and the rows of a multi-row {@code values} list. Works on
     * text whose literals are already {@code ?}, so only quoted identifiers need skipping.
     */
    private static String fold(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (c == '"' || c == '`') {
                int end = Math.min(endOfQuoted(text, i, c, false) + 1, n);
                out.append(text, i, end);
                i = end;
            } else if (isIdentifierPart(c) && !identifierBefore(out)) {
                int end = i;
                while (end < n && isIdentifierPart(text.charAt(end))) {
                    end++;
                }
                String word = text.substring(i, end);
                out.append(word);
                i = end;
                int open = i < n && text.charAt(i) == ' ' ? i + 1 : i;
                if (open < n && text.charAt(open) == '(') {
                    if (word.equalsIgnoreCase("in")) {
                        i = foldInList(text, open, out, i);
                    } else if (word.equalsIgnoreCase("values")) {
                        i = foldRows(text, open, out, i);
                    }
                }
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /** After {@code in}: a list of parameters (or of equal tuples of them) becomes one element and {@code ...}. */
    private static int foldInList(String text, int open, StringBuilder out, int resume) {
        int close = closing(text, open);
        if (close < 0) {
            return resume;
        }
        String[] elements = text.substring(open + 1, close).split(",(?![^()]*\\))");
        String first = elements[0].trim();
        if (!first.equals("?") && !first.matches("\\(\\s*\\?(?:\\s*,\\s*\\?)*\\s*\\)")) {
            return resume;
        }
        for (String element : elements) {
            if (!element.trim().equals(first)) {
                return resume;
            }
        }
        out.append(text, resume, open).append('(').append(first).append("...)");
        return close + 1;
    }

    /** After {@code values}: the rows after the first become {@code , ...} when there are several. */
    private static int foldRows(String text, int open, StringBuilder out, int resume) {
        int close = closing(text, open);
        if (close < 0) {
            return resume;
        }
        int end = close + 1;
        int rows = 1;
        while (true) {
            int next = end;
            while (next < text.length() && text.charAt(next) == ' ') {
                next++;
            }
            if (next >= text.length() || text.charAt(next) != ',') {
                break;
            }
            next++;
            while (next < text.length() && text.charAt(next) == ' ') {
                next++;
            }
            int rowClose = next < text.length() && text.charAt(next) == '(' ? closing(text, next) : -1;
            if (rowClose < 0) {
                break;
            }
            end = rowClose + 1;
            rows++;
        }
        if (rows == 1) {
            return resume;
        }
        out.append(text, resume, close + 1).append(", ...");
        return end;
    }

    /** The index of the parenthesis closing the one at {@code open}, skipping quoted identifiers; -1 if none. */
    private static int closing(String text, int open) {
        int depth = 0;
        for (int i = open; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '`') {
                i = endOfQuoted(text, i, c, false);
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
        }
        return -1;
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
}
