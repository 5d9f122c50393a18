// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.audit.internal;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.hibernatepack.audit.AuditChange;

/**
 * Reads back the JSON the trail writes: an object of attribute name to {@code {"old":..,"new":..}}
 * or {@code {"changed":true}}; values are strings, numbers, booleans or {@code null}.
 */
public final class ChangesJson {

    private final String text;
    private int at;

    private ChangesJson(String text) {
        this.text = text;
    }

    /** The changes of one audit row, in their order. */
    public static Map<String, AuditChange> parse(String json) {
        ChangesJson reader = new ChangesJson(json);
        Map<String, AuditChange> changes = new LinkedHashMap<>();
        reader.expect('{');
        if (reader.peek() == '}') {
            return changes;
        }
        do {
            String attribute = reader.string();
            reader.expect(':');
            reader.expect('{');
            Object oldValue = null;
            Object newValue = null;
            boolean masked = false;
            do {
                String key = reader.string();
                reader.expect(':');
                Object value = reader.value();
                switch (key) {
                    case "old" -> oldValue = value;
                    case "new" -> newValue = value;
                    case "changed" -> masked = true;
                    default -> throw reader.error("unknown key " + key);
                }
            } while (reader.next(','));
            reader.expect('}');
            changes.put(attribute, new AuditChange(oldValue, newValue, masked));
        } while (reader.next(','));
        reader.expect('}');
        return changes;
    }

    private char peek() {
        return text.charAt(at);
    }

    private boolean next(char c) {
        if (at < text.length() && text.charAt(at) == c) {
            at++;
            return true;
        }
        return false;
    }

    private void expect(char c) {
        if (!next(c)) {
            throw error("expected '" + c + "'");
        }
    }

    private Object value() {
        char c = peek();
        if (c == '"') {
            return string();
        }
        if (text.startsWith("null", at)) {
            at += 4;
            return null;
        }
        if (text.startsWith("true", at)) {
            at += 4;
            return Boolean.TRUE;
        }
        if (text.startsWith("false", at)) {
            at += 5;
            return Boolean.FALSE;
        }
        int start = at;
        while (at < text.length() && "+-0123456789.eE".indexOf(text.charAt(at)) >= 0) {
            at++;
        }
        if (start == at) {
            throw error("expected a value");
        }
        BigDecimal number = new BigDecimal(text.substring(start, at));
        try {
            return number.longValueExact();
        } catch (ArithmeticException notWhole) {
            return number;
        }
    }

    private String string() {
        expect('"');
        StringBuilder out = new StringBuilder();
        while (true) {
            char c = text.charAt(at++);
            if (c == '"') {
                return out.toString();
            }
            if (c != '\\') {
                out.append(c);
                continue;
            }
            char escaped = text.charAt(at++);
            switch (escaped) {
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'u' -> {
                    out.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
                    at += 4;
                }
                default -> out.append(escaped);
            }
        }
    }

    private IllegalStateException error(String what) {
        return new IllegalStateException("Unreadable audit changes at " + at + ": " + what);
    }
}
