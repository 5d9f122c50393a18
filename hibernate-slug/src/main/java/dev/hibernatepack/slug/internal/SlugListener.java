// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.slug.internal;

import java.util.List;
import java.util.Objects;

import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostDeleteEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.event.spi.PreInsertEvent;
import org.hibernate.event.spi.PreInsertEventListener;
import org.hibernate.event.spi.PreUpdateEvent;
import org.hibernate.event.spi.PreUpdateEventListener;
import org.hibernate.persister.entity.AbstractEntityPersister;
import org.hibernate.persister.entity.EntityPersister;

import dev.hibernatepack.slug.Slug;
import dev.hibernatepack.slug.Slugs;

/**
 * Puts the slug into a row just before Hibernate writes it: on insert from the source (or the slug
 * the application set), on update when the source changed and the slug follows it, or when the
 * application changed the slug. The statement itself, and the retry when the slug is taken, is the
 * work of {@link SlugMutationExecutorService}. Keeps the slug history when the entity asks for it.
 */
final class SlugListener implements PreInsertEventListener, PreUpdateEventListener, PostUpdateEventListener,
        PostDeleteEventListener {

    private final SlugRuntime runtime;

    SlugListener(SlugRuntime runtime) {
        this.runtime = runtime;
    }

    @Override
    public boolean onPreInsert(PreInsertEvent event) {
        SlugModel model = runtime.model(event.getPersister().getEntityName());
        if (model == null) {
            return false;
        }
        SlugModel.Resolved r = model.resolve(event.getPersister());
        Object[] state = event.getState();
        String given = (String) state[r.slug()];
        String base = given != null && !given.isBlank() ? Slugs.generateSlug(given, model.maxLength)
                : model.baseSlug(event.getEntity(), state, r);
        if (model.conflictTarget != null && spansTables(event.getPersister())) {
            // PostgreSQL, and a row in several tables: no single insert can say "on conflict do nothing".
            assignLocked(event.getSession(), event.getPersister(), model, r, event.getEntity(), state, base);
            return false;
        }
        assign(event.getSession(), event.getPersister(), model, r, event.getEntity(), state, base);
        return false;
    }

    @Override
    public boolean onPreUpdate(PreUpdateEvent event) {
        SlugModel model = runtime.model(event.getPersister().getEntityName());
        if (model == null) {
            return false;
        }
        SlugModel.Resolved r = model.resolve(event.getPersister());
        Object[] state = event.getState();
        Object[] old = event.getOldState();
        String current = (String) state[r.slug()];
        String previous = old == null ? null : (String) old[r.slug()];
        if (old != null && r.releasedBy() >= 0 && old[r.releasedBy()] != null && state[r.releasedBy()] == null
                && current != null && !current.isBlank()) {
            restored(event, model, r, current);
            return false;
        }
        String base;
        if (current == null || current.isBlank()) {
            base = model.baseSlug(event.getEntity(), state, r); // the application cleared it: make it again
        } else if (old != null && !current.equals(previous)) {
            base = Slugs.generateSlug(current, model.maxLength); // the application changed it: keep it safe and unique
        } else if (model.regenerate == Slug.Regeneration.ON_SOURCE_CHANGE) {
            if (old != null && sourcesUnchanged(old, state, r)) {
                return false; // the common update: nothing the slug is made from changed
            }
            String fromSource = model.baseSlug(event.getEntity(), state, r);
            if (current.equals(fromSource) || isSuffixed(current, fromSource)) {
                return false;
            }
            base = fromSource;
        } else {
            return false;
        }
        if (model.conflictTarget != null) {
            // PostgreSQL: a failed update would doom the transaction, so find a free suffix first, under a lock.
            assignLocked(event.getSession(), event.getPersister(), model, r, event.getEntity(), state, base);
            return false;
        }
        assign(event.getSession(), event.getPersister(), model, r, event.getEntity(), state, base);
        return false;
    }

    /**
     * A soft-deleted row comes back while deleted rows give their slugs up: it keeps its slug if no
     * live row took it meanwhile, else it gets the next free one of its source.
     */
    private void restored(PreUpdateEvent event, SlugModel model, SlugModel.Resolved r, String current) {
        Object[] state = event.getState();
        String fromSource = model.baseSlug(event.getEntity(), state, r);
        boolean ownBase = current.equals(fromSource) || isSuffixed(current, fromSource);
        if (model.conflictTarget != null) {
            // PostgreSQL: look before writing, under the lock, rather than let the update fail.
            model.lockAndFindHighestSuffix(event.getSession(), fromSource, state, r);
            if (model.isLive(event.getSession(), current, state, r)) {
                assignLocked(event.getSession(), event.getPersister(), model, r, event.getEntity(), state, fromSource);
            }
            return;
        }
        // Elsewhere: write the slug it has; if a live row holds it, the executor moves on to the next suffix.
        String tail = current.length() > fromSource.length() + 1 ? current.substring(fromSource.length() + 1) : "";
        boolean suffixed = ownBase && !current.equals(fromSource) && tail.length() <= 9;
        String base = ownBase && (current.equals(fromSource) || suffixed) ? fromSource : current;
        int suffix = suffixed ? Integer.parseInt(tail) : 1;
        PendingSlug pending = new PendingSlug(runtime, model, r, event.getEntity(), state, model.scopeKey(state, r), base, current,
                suffix);
        pending.start();
    }

    private void assign(SharedSessionContractImplementor session, EntityPersister persister, SlugModel model,
            SlugModel.Resolved r, Object entity, Object[] state, String base) {
        List<Object> scope = model.scopeKey(state, r);
        Integer last = runtime.lastSuffix(session, model, scope, base);
        int suffix = last != null ? last + 1 : runtime.config.reservedWords().contains(base) ? 2 : 1;
        PendingSlug pending = new PendingSlug(runtime, model, r, entity, state, scope, base, (String) state[r.slug()], suffix);
        String slug = pending.slug();
        state[r.slug()] = slug;
        persister.setValue(entity, r.slug(), slug);
        pending.start();
    }

    /** The slug from a free suffix found under a transaction-scoped lock, for writes that cannot be retried. */
    private void assignLocked(SharedSessionContractImplementor session, EntityPersister persister, SlugModel model,
            SlugModel.Resolved r, Object entity, Object[] state, String base) {
        int highest = model.lockAndFindHighestSuffix(session, base, state, r);
        boolean reserved = runtime.config.reservedWords().contains(base);
        int suffix = highest == 0 && !reserved ? 1 : Math.max(highest, 1) + 1;
        String slug = model.withSuffix(base, suffix);
        state[r.slug()] = slug;
        persister.setValue(entity, r.slug(), slug);
        runtime.wrote(session, model, model.scopeKey(state, r), base, suffix);
    }

    private static boolean sourcesUnchanged(Object[] old, Object[] state, SlugModel.Resolved r) {
        if (r.sources().length == 0) {
            return false; // a Sluggable computes its source: only the text itself can tell
        }
        for (int index : r.sources()) {
            if (!Objects.equals(old[index], state[index])) {
                return false;
            }
        }
        return true;
    }

    private static boolean spansTables(EntityPersister persister) {
        return persister instanceof AbstractEntityPersister tables && tables.getTableSpan() > 1;
    }

    private static boolean isSuffixed(String slug, String base) {
        if (!slug.startsWith(base + "-") || slug.length() == base.length() + 1) {
            return false;
        }
        for (int i = base.length() + 1; i < slug.length(); i++) {
            if (slug.charAt(i) < '0' || slug.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    @Override
    public void onPostUpdate(PostUpdateEvent event) {
        SlugModel model = runtime.model(event.getPersister().getEntityName());
        if (model == null || !model.history || event.getOldState() == null) {
            return;
        }
        int index = model.resolve(event.getPersister()).slug();
        String before = (String) event.getOldState()[index];
        String after = (String) event.getState()[index];
        if (before != null && !Objects.equals(before, after)) {
            SlugHistory.moved(event.getSession(), model, event.getId(), before, after);
        }
    }

    @Override
    public void onPostDelete(PostDeleteEvent event) {
        SlugModel model = runtime.model(event.getPersister().getEntityName());
        if (model != null && model.history) {
            SlugHistory.forget(event.getSession(), model, event.getId());
        }
    }

    @Override
    public boolean requiresPostCommitHandling(EntityPersister persister) {
        return false;
    }
}
