// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.mixins;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * {@link BaseEntity#updateFromMap(Map)} refused its input. It lists every key at fault with the
 * reason; the entity was left exactly as it was.
 */
public class InvalidAttributesException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String entityName;
    private final Map<String, String> problems;

    /** Creates the exception for {@code entityName} with one reason per offending key, in input order. */
    public InvalidAttributesException(String entityName, Map<String, String> problems) {
        super(message(entityName, problems));
        this.entityName = entityName;
        this.problems = Collections.unmodifiableMap(new LinkedHashMap<>(problems));
    }

    /** The entity whose update was refused. */
    public String getEntityName() {
        return entityName;
    }

    /** Every offending key with the reason it was refused, in input order. */
    public Map<String, String> getProblems() {
        return problems;
    }

    private static String message(String entityName, Map<String, String> problems) {
        return "Cannot update " + entityName + " from map; nothing was changed: "
                + problems.entrySet().stream()
                        .map(e -> "[" + e.getKey() + "] " + e.getValue())
                        .collect(Collectors.joining("; "));
    }
}
