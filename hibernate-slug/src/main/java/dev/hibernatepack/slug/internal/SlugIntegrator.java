// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.slug.internal;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.dialect.Dialect;
import org.hibernate.dialect.PostgreSQLDialect;
import org.hibernate.dialect.SQLServerDialect;
import org.hibernate.engine.config.spi.ConfigurationService;
import org.hibernate.engine.jdbc.mutation.spi.MutationExecutorService;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.spi.EventType;
import org.hibernate.integrator.spi.Integrator;
import org.hibernate.mapping.Column;
import org.hibernate.mapping.Component;
import org.hibernate.mapping.PersistentClass;

import dev.hibernatepack.mixins.spi.InsertThenUpdateListener;
import dev.hibernatepack.mixins.spi.UniqueWhileActiveIndexes;
import dev.hibernatepack.slug.InvalidSlugMappingException;
import dev.hibernatepack.slug.SlugSettings;

/**
 * Installs the slug module: found through {@code META-INF/services}, it does nothing when the
 * module is switched off or no entity has a {@code @Slug}; otherwise it reads the settings, builds
 * each sluggable entity's model and registers the listener that fills slugs.
 */
public final class SlugIntegrator implements Integrator {

    @Override
    public void integrate(Metadata metadata, BootstrapContext bootstrapContext, SessionFactoryImplementor sessionFactory) {
        var registry = bootstrapContext.getServiceRegistry();
        Map<?, ?> settings = registry.requireService(ConfigurationService.class).getSettings();
        if (!SlugConfig.enabled(settings)) {
            return;
        }
        Map<String, SlugMapping> mappings = new LinkedHashMap<>();
        Map<String, PersistentClass> entities = new LinkedHashMap<>();
        for (PersistentClass entity : metadata.getEntityBindings()) {
            SlugMapping.of(entity).ifPresent(mapping -> {
                mappings.put(entity.getEntityName(), mapping);
                entities.put(entity.getEntityName(), entity);
            });
        }
        if (mappings.isEmpty()) {
            return;
        }
        SlugConfig config = SlugConfig.of(registry);
        if (!(registry.requireService(MutationExecutorService.class) instanceof SlugMutationExecutorService)) {
            throw new InvalidSlugMappingException("Entities have @Slug attributes, but the slug module's MutationExecutorService"
                    + " is not installed (was the service registry built without service contributors, or "
                    + SlugSettings.ENABLED + " false when it was built?)");
        }
        Dialect dialect = metadata.getDatabase().getDialect();
        Map<String, SlugModel> models = new LinkedHashMap<>();
        boolean history = false;
        for (var entry : mappings.entrySet()) {
            PersistentClass entity = entities.get(entry.getKey());
            SlugModel model = model(entity, entry.getValue(), config, metadata, dialect);
            history |= model.history;
            models.put(entry.getKey(), model);
        }
        SlugRuntime runtime = new SlugRuntime(config, models);
        SlugRuntime.install(sessionFactory, runtime);
        SlugListener listener = new SlugListener(runtime);
        var listeners = sessionFactory.getEventListenerRegistry();
        // The slug an insert gave stays when the entity changes after persist, in the same flush.
        InsertThenUpdateListener.install(listeners);
        listeners.appendListeners(EventType.PRE_INSERT, listener);
        listeners.appendListeners(EventType.PRE_UPDATE, listener);
        listeners.appendListeners(EventType.PRE_UPSERT, listener);
        if (history) {
            listeners.appendListeners(EventType.POST_UPDATE, listener);
            listeners.appendListeners(EventType.POST_UPSERT, listener);
            listeners.appendListeners(EventType.POST_DELETE, listener);
        }
    }

    private static SlugModel model(PersistentClass entity, SlugMapping mapping, SlugConfig config, Metadata metadata, Dialect dialect) {
        var slug = mapping.slug();
        if (slug.history() && entity.getIdentifier() instanceof Component) {
            throw new InvalidSlugMappingException("@Slug(history = true) on " + entity.getEntityName() + "." + mapping.property().getName()
                    + " needs a single-attribute id; " + entity.getEntityName() + " has a composite id");
        }
        var table = mapping.property().getValue().getTable();
        String tableName = metadata.getDatabase().getJdbcEnvironment().getQualifiedObjectNameFormatter()
                .format(table.getQualifiedTableName(), dialect);
        String column = mapping.column().getQuotedName(dialect);
        Optional<Column> deletedAt = config.reserveDeleted() && !mapping.activeKey() ? Optional.empty()
                : UniqueWhileActiveIndexes.deletedAtColumn(entity);
        String alive = deletedAt.map(c -> c.getQuotedName(dialect) + " is null").orElse(null);
        StringBuilder taken = new StringBuilder("select ").append(column).append(" from ").append(tableName)
                .append(" where ").append(column).append(" like ?");
        StringBuilder target = new StringBuilder("(");
        for (Column scope : mapping.scopeColumns()) {
            taken.append(" and ").append(scope.getQuotedName(dialect)).append(" = ?");
            target.append(scope.getQuotedName(dialect)).append(", ");
        }
        target.append(column).append(')');
        if (alive != null) {
            taken.append(" and ").append(alive);
            target.append(" where ").append(alive);
        }
        String live = null;
        if (alive != null) {
            StringBuilder sql = new StringBuilder("select count(*) from ").append(tableName).append(" where ").append(column).append(" = ?");
            mapping.scopeColumns().forEach(scope -> sql.append(" and ").append(scope.getQuotedName(dialect)).append(" = ?"));
            live = sql.append(" and ").append(alive).toString();
        }
        String length = dialect instanceof SQLServerDialect ? "len" : "length";
        taken.append(" order by ").append(length).append('(').append(column).append(") desc, ").append(column).append(" desc");
        long columnLength = mapping.column().getLength() == null ? org.hibernate.Length.DEFAULT : mapping.column().getLength();
        int maxLength = (int) Math.min(config.maxLength(), columnLength);
        return new SlugModel(entity.getEntityName(), mapping.property().getName(), List.of(slug.from()), Arrays.asList(slug.scope()),
                slug.regenerate(), slug.history(), mapping.indexName(), maxLength, taken.toString(),
                dialect instanceof PostgreSQLDialect ? target.toString() : null,
                alive == null ? null : UniqueWhileActiveIndexes.deletedAtAttribute(entity).orElseThrow(), live);
    }
}
