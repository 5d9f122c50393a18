// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.mixins.internal;

import java.util.ArrayList;
import java.util.List;

import org.hibernate.engine.spi.SharedSessionContractImplementor;

import dev.hibernatepack.mixins.SoftDeletable;
import dev.hibernatepack.mixins.SoftDeletes;

/**
 * What the soft-delete persisters do around Hibernate's loads by id: a stateless session's
 * {@code get} (and so a Jakarta Data repository's {@code findById}) of a deleted row returns
 * {@code null} while the session hides deleted rows, as {@code find} does in a {@code Session}.
 * A load made while another load is still running (an eager to-one of a row being read) is left
 * alone, so references resolve to deleted rows as they do in a {@code Session}.
 */
final class StatelessLoads {

    private StatelessLoads() {
    }

    /** Called before a load: a new stateless session hides deleted rows from here on. */
    static void prepare(SharedSessionContractImplementor session) {
        if (session.isStateless()) {
            SoftDeleteFilters.prepare(session.getLoadQueryInfluencers());
        }
    }

    /** The loaded entity, or {@code null} when it is deleted and a stateless {@code get} must not see it. */
    static Object visible(Object entity, Object optionalObject, SharedSessionContractImplementor session) {
        return optionalObject == null && hidden(entity, session) ? null : entity;
    }

    /** The loaded entities, with {@code null} in the place of those a stateless {@code getMultiple} must not see. */
    static List<?> visible(List<?> entities, SharedSessionContractImplementor session) {
        if (!session.isStateless() || entities.stream().noneMatch(entity -> hidden(entity, session))) {
            return entities;
        }
        List<Object> visible = new ArrayList<>(entities.size());
        entities.forEach(entity -> visible.add(hidden(entity, session) ? null : entity));
        return visible;
    }

    private static boolean hidden(Object entity, SharedSessionContractImplementor session) {
        return entity instanceof SoftDeletable deletable && session.isStateless() && deletable.isDeleted()
                && session.getPersistenceContextInternal().isLoadFinished() // a top-level load, not a reference
                && session.getLoadQueryInfluencers().getEnabledFilter(SoftDeletes.HIDE_DELETED_FILTER) != null;
    }
}
