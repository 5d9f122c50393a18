// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.mixins.internal;

import java.util.List;

import org.hibernate.LockOptions;
import org.hibernate.cache.spi.access.EntityDataAccess;
import org.hibernate.cache.spi.access.NaturalIdDataAccess;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.loader.ast.spi.MultiIdLoadOptions;
import org.hibernate.mapping.Collection;
import org.hibernate.mapping.PersistentClass;
import org.hibernate.metamodel.spi.RuntimeModelCreationContext;
import org.hibernate.persister.collection.CollectionPersister;
import org.hibernate.persister.entity.EntityPersister;
import org.hibernate.persister.entity.JoinedSubclassEntityPersister;
import org.hibernate.persister.entity.SingleTableEntityPersister;
import org.hibernate.persister.entity.UnionSubclassEntityPersister;
import org.hibernate.persister.spi.PersisterClassResolver;

import dev.hibernatepack.mixins.SoftDeletable;

/**
 * Hibernate's three entity persisters, for {@link SoftDeletable} entities, with one difference:
 * loads by id in a stateless session hide deleted rows ({@link StatelessLoads}). Hibernate has no
 * event around a stateless {@code get}, so the persister is the one place to see its result; the
 * persister class is chosen through Hibernate's {@link PersisterClassResolver} service, which
 * {@link Resolver} wraps: entities that are not soft-deletable, and entities given a persister
 * class of the application's own, keep the class they would have had.
 */
public final class SoftDeletePersisters {

    private SoftDeletePersisters() {
    }

    /** The resolver the mixins module installs in the place of the configured one, which it asks first. */
    public record Resolver(PersisterClassResolver delegate) implements PersisterClassResolver {

        @Override
        public Class<? extends EntityPersister> getEntityPersisterClass(PersistentClass model) {
            Class<? extends EntityPersister> chosen = delegate.getEntityPersisterClass(model);
            Class<?> type = model.getMappedClass();
            if (type == null || !SoftDeletable.class.isAssignableFrom(type)) {
                return chosen;
            }
            if (chosen == SingleTableEntityPersister.class) {
                return SingleTable.class;
            }
            if (chosen == JoinedSubclassEntityPersister.class) {
                return Joined.class;
            }
            return chosen == UnionSubclassEntityPersister.class ? Union.class : chosen;
        }

        @Override
        public Class<? extends CollectionPersister> getCollectionPersisterClass(Collection metadata) {
            return delegate.getCollectionPersisterClass(metadata);
        }
    }

    /** {@link SingleTableEntityPersister} hiding deleted rows from stateless loads by id. */
    public static final class SingleTable extends SingleTableEntityPersister {

        public SingleTable(PersistentClass model, EntityDataAccess cache, NaturalIdDataAccess naturalIdCache,
                RuntimeModelCreationContext context) {
            super(model, cache, naturalIdCache, context);
        }

        @Override
        public Object load(Object id, Object optional, LockOptions lock, SharedSessionContractImplementor session, Boolean readOnly) {
            StatelessLoads.prepare(session);
            return StatelessLoads.visible(super.load(id, optional, lock, session, readOnly), optional, session);
        }

        @Override
        public Object load(Object id, Object optional, LockOptions lock, SharedSessionContractImplementor session) {
            return load(id, optional, lock, session, null);
        }

        @Override
        public List<?> multiLoad(Object[] ids, SharedSessionContractImplementor session, MultiIdLoadOptions options) {
            StatelessLoads.prepare(session);
            return StatelessLoads.visible(super.multiLoad(ids, session, options), session);
        }
    }

    /** {@link JoinedSubclassEntityPersister} hiding deleted rows from stateless loads by id. */
    public static final class Joined extends JoinedSubclassEntityPersister {

        public Joined(PersistentClass model, EntityDataAccess cache, NaturalIdDataAccess naturalIdCache,
                RuntimeModelCreationContext context) {
            super(model, cache, naturalIdCache, context);
        }

        @Override
        public Object load(Object id, Object optional, LockOptions lock, SharedSessionContractImplementor session, Boolean readOnly) {
            StatelessLoads.prepare(session);
            return StatelessLoads.visible(super.load(id, optional, lock, session, readOnly), optional, session);
        }

        @Override
        public Object load(Object id, Object optional, LockOptions lock, SharedSessionContractImplementor session) {
            return load(id, optional, lock, session, null);
        }

        @Override
        public List<?> multiLoad(Object[] ids, SharedSessionContractImplementor session, MultiIdLoadOptions options) {
            StatelessLoads.prepare(session);
            return StatelessLoads.visible(super.multiLoad(ids, session, options), session);
        }
    }

    /** {@link UnionSubclassEntityPersister} hiding deleted rows from stateless loads by id. */
    public static final class Union extends UnionSubclassEntityPersister {

        public Union(PersistentClass model, EntityDataAccess cache, NaturalIdDataAccess naturalIdCache,
                RuntimeModelCreationContext context) {
            super(model, cache, naturalIdCache, context);
        }

        @Override
        public Object load(Object id, Object optional, LockOptions lock, SharedSessionContractImplementor session, Boolean readOnly) {
            StatelessLoads.prepare(session);
            return StatelessLoads.visible(super.load(id, optional, lock, session, readOnly), optional, session);
        }

        @Override
        public Object load(Object id, Object optional, LockOptions lock, SharedSessionContractImplementor session) {
            return load(id, optional, lock, session, null);
        }

        @Override
        public List<?> multiLoad(Object[] ids, SharedSessionContractImplementor session, MultiIdLoadOptions options) {
            StatelessLoads.prepare(session);
            return StatelessLoads.visible(super.multiLoad(ids, session, options), session);
        }
    }
}
