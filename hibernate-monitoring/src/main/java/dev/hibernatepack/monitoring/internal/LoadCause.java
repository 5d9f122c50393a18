// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.monitoring.internal;

import java.util.concurrent.ConcurrentHashMap;

/**
 * Why a select runs: a lazy collection being initialized, a to-one (proxy or eager select)
 * being loaded, or {@code find}. One instance per kind and name, so counting allocates nothing.
 *
 * @param kind what loads
 * @param name the collection role or the entity name
 */
record LoadCause(Kind kind, String name) {

    enum Kind { COLLECTION, TO_ONE, FIND }

    /** Pushed for loads that are not lazy loading, so pushes and pops stay paired. */
    static final Object NONE = new Object();

    private static final ConcurrentHashMap<String, LoadCause> COLLECTIONS = new ConcurrentHashMap<>();
    private static final ConcurrentHashMap<String, LoadCause> TO_ONES = new ConcurrentHashMap<>();
    private static final ConcurrentHashMap<String, LoadCause> FINDS = new ConcurrentHashMap<>();

    static LoadCause collection(String role) {
        return of(COLLECTIONS, Kind.COLLECTION, role);
    }

    static LoadCause toOne(String entityName) {
        return of(TO_ONES, Kind.TO_ONE, entityName);
    }

    static LoadCause find(String entityName) {
        return of(FINDS, Kind.FIND, entityName);
    }

    private static LoadCause of(ConcurrentHashMap<String, LoadCause> known, Kind kind, String name) {
        LoadCause cause = known.get(name); // a plain read first: computeIfAbsent may lock its bin
        return cause != null ? cause : known.computeIfAbsent(name, n -> new LoadCause(kind, n));
    }

    /** What the user should try instead. */
    String fix() {
        String target = association();
        return switch (kind) {
            case COLLECTION -> "fetch " + target + " with its owners ('join fetch', an entity graph)"
                    + " or annotate it @BatchSize(size = ...)";
            case TO_ONE -> "'join fetch' the association to " + target
                    + " in the query that loads its owners, use an entity graph, or annotate " + target + " @BatchSize(size = ...)";
            case FIND -> "load the " + target + " rows in one query: session.findMultiple(" + target
                    + ".class, ids) (getMultiple in a StatelessSession) or 'where id in :ids'";
        };
    }

    /** {@code collection Post.comments}, {@code to-one Writer} or {@code find Writer}. */
    String describe() {
        return switch (kind) {
            case COLLECTION -> "collection ";
            case TO_ONE -> "to-one ";
            case FIND -> "find ";
        } + association();
    }

    /** {@code Post.comments} for a role, {@code Writer} for an entity. */
    String association() {
        return kind == Kind.COLLECTION ? name.substring(name.lastIndexOf('.', name.lastIndexOf('.') - 1) + 1) : shortName(name);
    }

    private static String shortName(String entityName) {
        return entityName.substring(entityName.lastIndexOf('.') + 1);
    }
}
