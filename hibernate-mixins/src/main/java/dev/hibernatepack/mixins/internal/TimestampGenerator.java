// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.mixins.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;

import org.hibernate.dialect.Dialect;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.generator.BeforeExecutionGenerator;
import org.hibernate.generator.EventType;
import org.hibernate.generator.GeneratorCreationContext;
import org.hibernate.generator.OnExecutionGenerator;
import org.hibernate.mapping.BasicValue;

import dev.hibernatepack.mixins.CreatedAt;
import dev.hibernatepack.mixins.InvalidMappingException;
import dev.hibernatepack.mixins.UpdatedAt;

/**
 * Generates {@link CreatedAt} (insert only) and {@link UpdatedAt} (insert and update) values from
 * the pack's clock, truncated to the column's precision so that what the entity holds equals what
 * the database stores; or, with {@code time_source=database}, lets the database write
 * {@code current_timestamp} in the same statement.
 */
public final class TimestampGenerator implements BeforeExecutionGenerator, OnExecutionGenerator {

    private static final long serialVersionUID = 1L;

    private static final EnumSet<EventType> INSERT_ONLY = EnumSet.of(EventType.INSERT);
    private static final EnumSet<EventType> INSERT_AND_UPDATE = EnumSet.of(EventType.INSERT, EventType.UPDATE);

    private final EnumSet<EventType> eventTypes;
    private final Class<?> type;
    private final TargetType target;
    private final Clock clock;
    private final ChronoUnit precision;
    private final boolean onExecution;
    private transient volatile Leadership leadership;

    /** Called by Hibernate for an attribute annotated {@link CreatedAt}. */
    public TimestampGenerator(CreatedAt annotation, GeneratorCreationContext context) {
        this(INSERT_ONLY, "@CreatedAt", context);
    }

    /** Called by Hibernate for an attribute annotated {@link UpdatedAt}. */
    public TimestampGenerator(UpdatedAt annotation, GeneratorCreationContext context) {
        this(INSERT_AND_UPDATE, "@UpdatedAt", context);
    }

    private TimestampGenerator(EnumSet<EventType> eventTypes, String annotation, GeneratorCreationContext context) {
        this.eventTypes = eventTypes;
        this.type = context.getType().getReturnedClass();
        this.target = TargetType.of(type, annotation, context);
        var runtime = MixinsRuntime.of(context.getServiceRegistry());
        this.clock = runtime.clock();
        this.onExecution = runtime.databaseTime();
        this.precision = precision(context);
        // The column is always written, so it is never null.
        context.getProperty().setOptional(false);
        context.getProperty().getColumns().forEach(column -> column.setNullable(false));
    }

    @Override
    public EnumSet<EventType> getEventTypes() {
        return eventTypes;
    }

    @Override
    public Class<?> getGeneratedType() {
        return type;
    }

    @Override
    public boolean generatedOnExecution() {
        return onExecution;
    }

    @Override
    public Object generate(SharedSessionContractImplementor session, Object owner, Object currentValue, EventType eventType) {
        Instant now = eventType == EventType.INSERT
                ? InsertInstant.read(owner, isLeaderFor(owner, session), clock, precision)
                : clock.instant().truncatedTo(precision);
        return target.convert(now);
    }

    /**
     * What this generator writes for an update at {@code now}: {@code now} truncated to the
     * column's precision, in the attribute's type. Bulk updates stamp with it, so that their
     * values equal the ones an entity update writes.
     */
    Object valueAt(Instant now) {
        return target.convert(now.truncatedTo(precision));
    }

    /** The SQL of the database's current time for this attribute's type ({@code time_source=database}). */
    String databaseTime(Dialect dialect) {
        return getReferencedColumnValues(dialect)[0];
    }

    @Override
    public boolean referenceColumnsInSql(Dialect dialect) {
        return true;
    }

    @Override
    public boolean writePropertyValue() {
        return false;
    }

    @Override
    public String[] getReferencedColumnValues(Dialect dialect) {
        // Zoned types get the database's current_timestamp WITH time zone: the local variant
        // would store an instant that depends on the session's time zone.
        return new String[] {switch (target) {
            case LOCAL_DATE -> dialect.currentDate();
            case LOCAL_DATE_TIME -> dialect.currentLocalTimestamp();
            default -> dialect.currentTimestampWithTimeZone();
        }};
    }

    /**
     * Makes every timestamp of one inserted row read the clock once, so a new row's
     * {@code created_at} equals its {@code updated_at} exactly. Hibernate runs an entity's insert
     * generators one after the other, in the order of its persister's generator array, on one
     * thread: the first of ours in that array (the leader) reads the clock, the others reuse its
     * reading when it was taken for the same entity. The entity is remembered by its identity hash
     * only: nothing is held, nothing is allocated.
     */
    private static final class InsertInstant {

        // Per thread: {owner's identity hash, clock reading, unit, reading truncated to unit}. Only
        // JDK types, so that a thread pool outliving the application does not pin its class loader.
        private static final ThreadLocal<Object[]> CURRENT = ThreadLocal.withInitial(() -> new Object[4]);
        private static final int OWNER = 0;
        private static final int READING = 1;
        private static final int UNIT = 2;
        private static final int TRUNCATED = 3;

        private InsertInstant() {
        }

        static Instant read(Object entity, boolean leader, Clock clock, ChronoUnit precision) {
            Object[] last = CURRENT.get();
            // Followers always run right after their leader for the same entity; the hash check is
            // a guard for any other path, where a follower then reads the clock itself.
            int owner = System.identityHashCode(entity);
            if (leader || !(last[OWNER] instanceof Integer known) || known != owner) {
                last[OWNER] = owner;
                last[READING] = clock.instant();
                last[UNIT] = null;
            }
            if (last[UNIT] != precision) {
                last[TRUNCATED] = ((Instant) last[READING]).truncatedTo(precision);
                last[UNIT] = precision;
            }
            return (Instant) last[TRUNCATED];
        }
    }

    /** Whether this generator is the first of its kind among {@code type}'s insert generators. */
    private record Leadership(Class<?> type, boolean leader) {
    }

    private boolean isLeaderFor(Object entity, SharedSessionContractImplementor session) {
        Leadership known = leadership;
        Class<?> type = entity.getClass();
        if (known != null && known.type() == type) {
            return known.leader();
        }
        boolean leader = false;
        for (var generator : session.getEntityPersister(null, entity).getGenerators()) {
            if (generator instanceof TimestampGenerator timestamps && timestamps.generatesOnInsert()) {
                leader = timestamps == this;
                break;
            }
        }
        leadership = new Leadership(type, leader);
        return leader;
    }

    /** The supported attribute types, each with its conversion from the clock's instant (in UTC). */
    private enum TargetType {
        INSTANT(Instant.class), OFFSET_DATE_TIME(OffsetDateTime.class), ZONED_DATE_TIME(ZonedDateTime.class),
        LOCAL_DATE_TIME(LocalDateTime.class), LOCAL_DATE(LocalDate.class), SQL_TIMESTAMP(Timestamp.class);

        private final Class<?> javaType;

        TargetType(Class<?> javaType) {
            this.javaType = javaType;
        }

        Object convert(Instant instant) {
            return switch (this) {
                case INSTANT -> instant;
                case OFFSET_DATE_TIME -> instant.atOffset(ZoneOffset.UTC);
                case ZONED_DATE_TIME -> instant.atZone(ZoneOffset.UTC);
                case LOCAL_DATE_TIME -> LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
                case LOCAL_DATE -> LocalDate.ofInstant(instant, ZoneOffset.UTC);
                case SQL_TIMESTAMP -> Timestamp.from(instant);
            };
        }

        static TargetType of(Class<?> type, String annotation, GeneratorCreationContext context) {
            for (TargetType candidate : values()) {
                if (candidate.javaType == type) {
                    return candidate;
                }
            }
            throw new InvalidMappingException(annotation + " on " + context.getPersistentClass().getEntityName() + "."
                    + context.getProperty().getName() + " has the unsupported type " + type.getName()
                    + "; allowed: Instant, OffsetDateTime, ZonedDateTime, LocalDateTime, LocalDate, java.sql.Timestamp");
        }
    }

    /** The column's fractional-second precision as a unit (microseconds when unknown). */
    static ChronoUnit precision(GeneratorCreationContext context) {
        if (!(context.getProperty().getValue() instanceof BasicValue value) || value.getColumns().size() != 1) {
            return ChronoUnit.MICROS;
        }
        Integer digits = value.getColumns().get(0)
                .getColumnSize(context.getDatabase().getDialect(), value.getMetadata())
                .getPrecision();
        int fraction = digits == null ? 6 : digits;
        if (fraction <= 0) {
            return ChronoUnit.SECONDS;
        } else if (fraction < 6) {
            return ChronoUnit.MILLIS;
        } else if (fraction < 9) {
            return ChronoUnit.MICROS;
        }
        return ChronoUnit.NANOS;
    }
}
