// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.slug.internal;

import java.lang.ref.WeakReference;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostDeleteEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.event.spi.PostUpsertEvent;
import org.hibernate.event.spi.PostUpsertEventListener;
import org.hibernate.event.spi.PreInsertEvent;
import org.hibernate.event.spi.PreInsertEventListener;
import org.hibernate.event.spi.PreUpdateEvent;
import org.hibernate.event.spi.PreUpdateEventListener;
import org.hibernate.event.spi.PreUpsertEvent;
import org.hibernate.event.spi.PreUpsertEventListener;
import org.hibernate.persister.entity.AbstractEntityPersister;
import org.hibernate.persister.entity.EntityPersister;

import dev.hibernatepack.slug.Slug;
import dev.hibernatepack.slug.Slugs;

/**
 * Puts the slug into a row just before Hibernate writes it: on insert from the source (or the slug
 * the application set), on update when the source changed and the slug follows it, or when the
 * application changed the slug. The statement itself, and the retry when the slug is taken, is the
 * work of {@link SlugMutationExecutorService}. Keeps the slug history when the entity asks for it.
 * A {@code StatelessSession} update or upsert (what a Jakarta Data repository's {@code update} and
 * {@code save} run) comes without the row's old state: the slug is made again when it is empty or
 * not a slug, or when it no longer follows its source, and the slug it had is known from the entity.
 */
final class SlugListener implements PreInsertEventListener, PreUpdateEventListener, PreUpsertEventListener,
        PostUpdateEventListener, PostUpsertEventListener, PostDeleteEventListener {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    /**
     * The slug a stateless update or upsert on this thread is replacing, for the history: the event
     * after the write has no old state. Weak, so that a write that failed pins nothing.
     */
    private static final ThreadLocal<Replaced> REPLACED = new ThreadLocal<>();

    private record Replaced(WeakReference<Object> entity, String slug) {
    }

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
        if (model != null) {
            update(event.getSession(), event.getPersister(), model, event.getEntity(), event.getState(), event.getOldState());
        }
        return false;
    }

    @Override
    public boolean onPreUpsert(PreUpsertEvent event) {
        SlugModel model = runtime.model(event.getPersister().getEntityName());
        if (model != null) {
            // An upsert knows no old state: the same rules as a stateless update, which may also insert the row.
            update(event.getSession(), event.getPersister(), model, event.getEntity(), event.getState(), null);
        }
        return false;
    }

    private void update(SharedSessionContractImplementor session, EntityPersister persister, SlugModel model, Object entity,
            Object[] state, Object[] old) {
        SlugModel.Resolved r = model.resolve(persister);
        String current = (String) state[r.slug()];
        String previous = old == null ? null : (String) old[r.slug()];
        if (old == null) {
            REPLACED.remove();
        }
        if (old != null && r.releasedBy() >= 0 && old[r.releasedBy()] != null && state[r.releasedBy()] == null
                && current != null && !current.isBlank()) {
            restored(session, persister, model, r, entity, state, current);
            return;
        }
        String base;
        if (current == null || current.isBlank()) {
            base = model.baseSlug(entity, state, r); // the application cleared it: make it again
        } else if (old != null && !current.equals(previous)) {
            base = Slugs.generateSlug(current, model.maxLength); // the application changed it: keep it safe and unique
        } else if (old == null && !isSlug(current, model)) {
            // No old state (a stateless update or upsert), but only the application writes what is not a slug.
            base = Slugs.generateSlug(current, model.maxLength);
        } else if (model.regenerate == Slug.Regeneration.ON_SOURCE_CHANGE) {
            if (old != null && sourcesUnchanged(old, state, r)) {
                return; // the common update: nothing the slug is made from changed
            }
            String fromSource = model.baseSlug(entity, state, r);
            if (current.equals(fromSource) || isSuffixed(current, fromSource)) {
                return;
            }
            base = fromSource;
        } else {
            return;
        }
        if (old == null && model.history && current != null && !current.isBlank()) {
            REPLACED.set(new Replaced(new WeakReference<>(entity), current));
        }
        if (model.conflictTarget != null) {
            // PostgreSQL: a failed update would doom the transaction, so find a free suffix first, under a lock.
            assignLocked(session, persister, model, r, entity, state, base);
            return;
        }
        assign(session, persister, model, r, entity, state, base);
    }

    /**
     * A soft-deleted row comes back while deleted rows give their slugs up: it keeps its slug if no
     * live row took it meanwhile, else it gets the next free one of its source.
     */
    private void restored(SharedSessionContractImplementor session, EntityPersister persister, SlugModel model,
            SlugModel.Resolved r, Object entity, Object[] state, String current) {
        String fromSource = model.baseSlug(entity, state, r);
        boolean ownBase = current.equals(fromSource) || isSuffixed(current, fromSource);
        if (model.conflictTarget != null) {
            // PostgreSQL: look before writing, under the lock, rather than let the update fail.
            model.lockAndFindHighestSuffix(session, fromSource, state, r);
            if (model.isLive(session, current, state, r)) {
                assignLocked(session, persister, model, r, entity, state, fromSource);
            }
            return;
        }
        // Elsewhere: write the slug it has; if a live row holds it, the executor moves on to the next suffix.
        String tail = current.length() > fromSource.length() + 1 ? current.substring(fromSource.length() + 1) : "";
        boolean suffixed = ownBase && !current.equals(fromSource) && tail.length() <= 9;
        String base = ownBase && (current.equals(fromSource) || suffixed) ? fromSource : current;
        int suffix = suffixed ? Integer.parseInt(tail) : 1;
        PendingSlug pending = new PendingSlug(runtime, model, r, entity, state, model.scopeKey(state, r), base, current, suffix);
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

    /** Whether {@code text} is already a slug this model could have written. */
    private static boolean isSlug(String text, SlugModel model) {
        return text.length() <= model.maxLength && SLUG.matcher(text).matches();
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
        if (model == null || !model.history) {
            return;
        }
        int index = model.resolve(event.getPersister()).slug();
        String before = event.getOldState() != null ? (String) event.getOldState()[index] : replaced(event.getEntity());
        moved(event.getSession(), model, event.getId(), before, (String) event.getState()[index]);
    }

    @Override
    public void onPostUpsert(PostUpsertEvent event) {
        SlugModel model = runtime.model(event.getPersister().getEntityName());
        if (model == null || !model.history) {
            return;
        }
        int index = model.resolve(event.getPersister()).slug();
        moved(event.getSession(), model, event.getId(), replaced(event.getEntity()), (String) event.getState()[index]);
    }

    private static void moved(SharedSessionContractImplementor session, SlugModel model, Object id, String before, String after) {
        if (before != null && !Objects.equals(before, after)) {
            SlugHistory.moved(session, model, id, before, after);
        }
    }

    /** The slug that the stateless write of {@code entity} on this thread replaced, or null. */
    private static String replaced(Object entity) {
        Replaced replaced = REPLACED.get();
        REPLACED.remove();
        return replaced != null && replaced.entity().get() == entity ? replaced.slug() : null;
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
