// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.migrations.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The downgrade of an upgrade script made by Hibernate's schema migrator, which only ever adds:
 * each {@code create table}, {@code create sequence}, {@code create index}, {@code add column}
 * and {@code add constraint} is dropped again, in reverse order ({@code drop constraint if exists},
 * which Hibernate writes before adding the same constraint, needs nothing). A statement of another shape is
 * listed as unmatched, with a comment in the script, for the reviewer to undo by hand.
 */
public final class Downgrades {

    private static final String NAME = "((?:\"[^\"]+\"|[\\w$]+)(?:\\.(?:\"[^\"]+\"|[\\w$]+))*)";
    private static final Pattern CREATE_TABLE = Pattern.compile("(?is)create\\s+(?:cached\\s+|memory\\s+)?table\\s+(?:if\\s+not\\s+exists\\s+)?" + NAME + ".*");
    private static final Pattern CREATE_SEQUENCE = Pattern.compile("(?is)create\\s+sequence\\s+(?:if\\s+not\\s+exists\\s+)?" + NAME + ".*");
    private static final Pattern CREATE_INDEX = Pattern.compile("(?is)create\\s+(?:unique\\s+)?index\\s+(?:if\\s+not\\s+exists\\s+)?" + NAME + "\\s+on\\s+" + NAME + ".*");
    private static final Pattern ADD_CONSTRAINT = Pattern.compile("(?is)alter\\s+table\\s+(?:if\\s+exists\\s+)?" + NAME + "\\s+add\\s+constraint\\s+" + NAME + ".*");
    private static final Pattern DROP_IF_EXISTS = Pattern.compile("(?is)alter\\s+table\\s+(?:if\\s+exists\\s+)?" + NAME + "\\s+drop\\s+constraint\\s+if\\s+exists\\s+" + NAME + ".*");
    private static final Pattern ADD_UNIQUE = Pattern.compile("(?is)alter\\s+table\\s+(?:if\\s+exists\\s+)?" + NAME + "\\s+add\\s+constraint\\s+" + NAME + "\\s+unique\\s.*");
    private static final Pattern ADD_COLUMN = Pattern.compile("(?is)alter\\s+table\\s+(?:if\\s+exists\\s+)?" + NAME + "\\s+add\\s+(?:column\\s+)?(?:if\\s+not\\s+exists\\s+)?" + NAME + "\\s+.*");

    /**
     * A downgrade script.
     *
     * @param text the statements, each ending in {@code ;}, with comments for the unmatched ones
     * @param unmatched the upgrade statements nothing undoes
     */
    public record Script(String text, List<String> unmatched) {
    }

    private Downgrades() {
    }

    /** The statements that undo {@code upgrade}, last first. */
    public static Script of(List<String> upgrade) {
        StringBuilder text = new StringBuilder();
        List<String> unmatched = new ArrayList<>();
        for (int i = upgrade.size() - 1; i >= 0; i--) {
            String statement = upgrade.get(i);
            if (DROP_IF_EXISTS.matcher(statement).matches()) {
                continue; // Hibernate clears the way for the constraint it adds next: nothing to undo
            }
            String undo = undo(statement);
            if (undo == null) {
                unmatched.add(statement);
                text.append("-- not undone automatically, undo by hand: ").append(statement.replace('\n', ' ')).append('\n');
            } else {
                text.append(undo).append(";\n");
            }
        }
        return new Script(text.toString(), unmatched);
    }

    /**
     * The constraint a {@code drop constraint if exists} or {@code add constraint ... unique}
     * statement names (the pair Hibernate's migrator writes for every unique key, on every run),
     * unquoted and lower case; null for other statements.
     */
    public static String uniqueKeyRecreated(String statement) {
        Matcher m = DROP_IF_EXISTS.matcher(statement);
        if (!m.matches()) {
            m = ADD_UNIQUE.matcher(statement);
            if (!m.matches()) {
                return null;
            }
        }
        return m.group(2).replace("\"", "").toLowerCase(java.util.Locale.ROOT);
    }

    private static String undo(String statement) {
        Matcher m;
        if ((m = ADD_CONSTRAINT.matcher(statement)).matches()) {
            return "alter table " + m.group(1) + " drop constraint " + m.group(2);
        }
        if ((m = CREATE_TABLE.matcher(statement)).matches()) {
            return "drop table " + m.group(1);
        }
        if ((m = CREATE_SEQUENCE.matcher(statement)).matches()) {
            return "drop sequence " + m.group(1);
        }
        if ((m = CREATE_INDEX.matcher(statement)).matches()) {
            return "drop index " + m.group(1);
        }
        if ((m = ADD_COLUMN.matcher(statement)).matches()) {
            return "alter table " + m.group(1) + " drop column " + m.group(2);
        }
        return null;
    }
}
