// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.mixins;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.hibernatepack.mixins.internal.MessageText;

/**
 * {@link BaseEntity#updateFromMap(Map)} refused its input; the entity was left exactly as it was.
 * {@link #getProblems()} holds every key at fault with the reason, {@link #getWritableAttributes()}
 * the keys that would have been accepted. The message stays short whatever the input: it names
 * the first {@value #PROBLEMS_IN_MESSAGE} problems and how many more, shortens long keys, and lists
 * the writable attributes once.
 */
public class InvalidAttributesException extends IllegalArgumentException {

    /** How many problems the message names; {@link #getProblems()} holds them all. */
    public static final int PROBLEMS_IN_MESSAGE = 10;

    private static final long serialVersionUID = 1L;
    private static final int KEY_LENGTH_IN_MESSAGE = 60;
    private static final int REASON_LENGTH_IN_MESSAGE = 200;
    private static final int WRITABLE_IN_MESSAGE = 40;

    private final String entityName;
    private final Map<String, String> problems;
    private final List<String> writableAttributes;

    /** Creates the exception for {@code entityName} with one reason per offending key, in input order. */
    public InvalidAttributesException(String entityName, Map<String, String> problems) {
        this(entityName, problems, List.of());
    }

    /**
     * Creates the exception for {@code entityName} with one reason per offending key, in input
     * order, and the names of the attributes that may be written.
     */
    public InvalidAttributesException(String entityName, Map<String, String> problems, List<String> writableAttributes) {
        super(message(entityName, problems, writableAttributes));
        this.entityName = entityName;
        this.problems = Collections.unmodifiableMap(new LinkedHashMap<>(problems));
        this.writableAttributes = List.copyOf(writableAttributes);
    }

    /** The entity whose update was refused. */
    public String getEntityName() {
        return entityName;
    }

    /** Every offending key with the reason it was refused, in input order. */
    public Map<String, String> getProblems() {
        return problems;
    }

    /** The attributes {@code updateFromMap} may write on this entity; empty if not given. */
    public List<String> getWritableAttributes() {
        return writableAttributes;
    }

    private static String message(String entityName, Map<String, String> problems, List<String> writable) {
        StringBuilder out = new StringBuilder("Cannot update ").append(entityName).append(" from map; nothing was changed: ");
        int shown = 0;
        for (Map.Entry<String, String> problem : problems.entrySet()) {
            if (shown == PROBLEMS_IN_MESSAGE) {
                break;
            }
            out.append(shown > 0 ? "; " : "")
                    .append('[').append(MessageText.abbreviate(problem.getKey(), KEY_LENGTH_IN_MESSAGE)).append("] ")
                    .append(MessageText.abbreviate(problem.getValue(), REASON_LENGTH_IN_MESSAGE));
            shown++;
        }
        if (problems.size() > shown) {
            out.append("; ").append(MessageText.andMore(problems.size() - shown)).append(" (see getProblems())");
        }
        if (!writable.isEmpty()) {
            out.append("; writable attributes: ").append(MessageText.firstOf(writable, WRITABLE_IN_MESSAGE));
        }
        return out.toString();
    }
}
