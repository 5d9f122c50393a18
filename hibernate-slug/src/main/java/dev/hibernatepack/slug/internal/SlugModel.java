// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.slug.internal;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.metamodel.mapping.AttributeMapping;
import org.hibernate.metamodel.mapping.SelectableMapping;
import org.hibernate.persister.entity.EntityPersister;

import dev.hibernatepack.slug.Slug;
import dev.hibernatepack.slug.Sluggable;
import dev.hibernatepack.slug.Slugs;

/**
 * What the slug module knows of one entity at run time: where its slug, source and scope are in
 * Hibernate's state arrays, and the SQL that finds the next free suffix.
 */
final class SlugModel {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    final String entityName;
    final String slugAttribute;
    final List<String> sources;
    final List<String> scopes;
    final Slug.Regeneration regenerate;
    final boolean history;
    final String indexName;
    final int maxLength;
    /**
     * {@code select slug from t where slug like ? and scope = ? ... order by length(slug) desc, slug desc},
     * its {@code like ?} replaced by the prefix when it runs.
     */
    final String takenSql;
    /**
     * {@code (scope, slug) [where deleted_at is null]}, the {@code on conflict} target on PostgreSQL;
     * null on databases that undo a failed statement alone.
     */
    final String conflictTarget;
    /** The {@code deleted_at} attribute when soft-deleted rows give their slugs up; null otherwise. */
    final String releasedBy;
    /** {@code select count(*) from t where slug = ? and scope = ? ... and deleted_at is null}; null unless {@link #releasedBy}. */
    final String liveSql;

    private volatile Resolved resolved;

    SlugModel(String entityName, String slugAttribute, List<String> sources, List<String> scopes, Slug.Regeneration regenerate,
            boolean history, String indexName, int maxLength, String takenSql, String conflictTarget, String releasedBy,
            String liveSql) {
        this.entityName = entityName;
        this.slugAttribute = slugAttribute;
        this.sources = sources;
        this.scopes = scopes;
        this.regenerate = regenerate;
        this.history = history;
        this.indexName = indexName;
        this.maxLength = maxLength;
        this.takenSql = takenSql;
        this.conflictTarget = conflictTarget;
        this.releasedBy = releasedBy;
        this.liveSql = liveSql;
    }

    /** Positions in the persister's state arrays, found on first use (persisters do not exist at boot). */
    record Resolved(int slug, int[] sources, int[] scopes, AttributeMapping[] scopeMappings, String slugColumn, int releasedBy) {
    }

    Resolved resolve(EntityPersister persister) {
        Resolved r = resolved;
        if (r == null) {
            int[] sourceIndexes = sources.stream().mapToInt(persister::getPropertyIndex).toArray();
            int[] scopeIndexes = scopes.stream().mapToInt(persister::getPropertyIndex).toArray();
            AttributeMapping[] scopeMappings = scopes.stream().map(persister::findAttributeMapping).toArray(AttributeMapping[]::new);
            String[] column = new String[1];
            persister.findAttributeMapping(slugAttribute).forEachSelectable((i, selectable) -> column[0] = selectable.getSelectionExpression());
            r = new Resolved(persister.getPropertyIndex(slugAttribute), sourceIndexes, scopeIndexes, scopeMappings, column[0],
                    releasedBy == null ? -1 : persister.getPropertyIndex(releasedBy));
            resolved = r;
        }
        return r;
    }

    /** The slug the source text of {@code entity} makes, before any suffix. */
    String baseSlug(Object entity, Object[] state, Resolved r) {
        if (sources.isEmpty()) {
            return Slugs.generateSlug(Objects.requireNonNullElse(((Sluggable) entity).slugSource(), ""), maxLength);
        }
        StringBuilder text = new StringBuilder();
        for (int index : r.sources()) {
            Object value = state[index];
            if (value != null) {
                text.append(text.length() == 0 ? "" : " ").append(value);
            }
        }
        return Slugs.generateSlug(text.toString(), maxLength);
    }

    /** The scope values of a row, as a key for the slugs this session has handed out. */
    List<Object> scopeKey(Object[] state, Resolved r) {
        if (r.scopes().length == 0) {
            return List.of();
        }
        Object[] values = new Object[r.scopes().length];
        for (int i = 0; i < values.length; i++) {
            values[i] = state[r.scopes()[i]];
        }
        return Arrays.asList(values);
    }

    /** {@code base-n}, the base cut at a word boundary when the suffix would not fit. */
    String withSuffix(String base, int n) {
        if (n <= 1) {
            return base;
        }
        String suffix = "-" + n;
        if (base.length() + suffix.length() <= maxLength) {
            return base + suffix;
        }
        String cut = base.substring(0, maxLength - suffix.length());
        while (cut.endsWith("-")) {
            cut = cut.substring(0, cut.length() - 1);
        }
        return cut + suffix;
    }

    /**
     * The highest suffix in use for {@code base} within the row's scope: 1 when only the base is
     * taken, 0 when nothing is. One query, run on the session's connection in its transaction.
     */
    int highestSuffix(SharedSessionContractImplementor session, String base, Object[] state, Resolved r) {
        if (!SLUG.matcher(base).matches()) {
            throw new IllegalStateException("Not a slug: [" + base + "]"); // never: bases come from Slugs.generateSlug
        }
        // The prefix as a literal, so that the planner sees it and lets the slug's index serve it (a
        // parameter would give PostgreSQL's generic plan a full scan). Safe: a slug is [a-z0-9-] only.
        String sql = takenSql.replace("like ?", "like '" + base + "%'");
        List<Object[]> scope = scopeValues(session, state, r);
        return SlugStatements.query(session, sql, statement -> {
            int position = 1;
            for (Object[] bound : scope) {
                bindScope(statement, position++, bound[0], (SelectableMapping) bound[1], session);
            }
            statement.setFetchSize(16);
        }, rows -> {
            int highest = 0;
            while (rows.next()) {
                String taken = rows.getString(1);
                if (taken.equals(base)) {
                    highest = Math.max(highest, 1);
                    continue;
                }
                if (!taken.startsWith(base) || taken.length() < base.length() + 2 || taken.charAt(base.length()) != '-') {
                    continue; // another word that starts the same ("hello" and "hellos")
                }
                String tail = taken.substring(base.length() + 1);
                if (isNumber(tail)) {
                    // rows come longest first, so the first numeric suffix is the highest
                    return Math.max(highest, tail.length() > 9 ? Integer.MAX_VALUE - 1 : Integer.parseInt(tail));
                }
            }
            return highest;
        }, "Could not find the slugs taken for " + entityName);
    }

    /**
     * Like {@link #highestSuffix}, after waiting for every other transaction that is writing a slug
     * made from {@code base} in the same scope (a transaction-scoped advisory lock, PostgreSQL
     * only): with the lock held, the suffix found stays free until this transaction ends.
     */
    int lockAndFindHighestSuffix(SharedSessionContractImplementor session, String base, Object[] state, Resolved r) {
        StringBuilder key = new StringBuilder(takenSql).append('|').append(base);
        for (Object[] bound : scopeValues(session, state, r)) {
            key.append('|').append(bound[0]);
        }
        long hash = 0xcbf29ce484222325L; // FNV-1a, 64 bits
        for (int i = 0; i < key.length(); i++) {
            hash = (hash ^ key.charAt(i)) * 0x100000001b3L;
        }
        long lock = hash;
        SlugStatements.query(session, "select pg_advisory_xact_lock(?)", statement -> statement.setLong(1, lock), rows -> rows.next(),
                "Could not lock the slugs of " + entityName);
        return highestSuffix(session, base, state, r);
    }

    /** Whether a live row in the scope holds {@code slug}; for rows coming back from soft delete. */
    boolean isLive(SharedSessionContractImplementor session, String slug, Object[] state, Resolved r) {
        List<Object[]> scope = scopeValues(session, state, r);
        return SlugStatements.query(session, liveSql, statement -> {
            statement.setString(1, slug);
            int position = 2;
            for (Object[] bound : scope) {
                bindScope(statement, position++, bound[0], (SelectableMapping) bound[1], session);
            }
        }, rows -> rows.next() && rows.getLong(1) > 0, "Could not check the slugs of " + entityName);
    }

    private static List<Object[]> scopeValues(SharedSessionContractImplementor session, Object[] state, Resolved r) {
        List<Object[]> values = new ArrayList<>();
        for (int i = 0; i < r.scopes().length; i++) {
            r.scopeMappings()[i].decompose(state[r.scopes()[i]],
                    (index, value, selectable) -> values.add(new Object[] {value, selectable}), session);
        }
        return values;
    }

    @SuppressWarnings("unchecked")
    private static void bindScope(PreparedStatement statement, int position, Object value, SelectableMapping selectable,
            SharedSessionContractImplementor session) throws SQLException {
        var binder = (org.hibernate.type.descriptor.ValueBinder<Object>) selectable.getJdbcMapping().getJdbcValueBinder();
        binder.bind(statement, value, position, session);
    }

    private static boolean isNumber(String text) {
        if (text.isEmpty() || text.charAt(0) == '0') {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
