// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.audit.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.hibernate.Length;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import dev.hibernatepack.audit.AuditAction;

/** One row of the {@code audit_log} table; added to the model only when an entity has an audit trail. */
@Entity(name = "HibernatePackAuditLog")
@Table(name = "audit_log", indexes = {
    @Index(name = "ix_audit_log_entity", columnList = "entity_name, entity_id"),
    @Index(name = "ix_audit_log_changed_by", columnList = "changed_by, changed_at")})
public class AuditLogRow {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_log_seq")
    @SequenceGenerator(name = "audit_log_seq", sequenceName = "audit_log_seq", allocationSize = 50)
    private Long id;

    @Column(name = "entity_name", nullable = false)
    private String entityName;

    @Column(name = "entity_id", nullable = false)
    private String entityId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private AuditAction action;

    @Column(name = "changed_by")
    private String changedBy;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Column(name = "transaction_id", nullable = false, length = 36)
    private String transactionId;

    // Long text everywhere: text on PostgreSQL, character large object on H2, longtext on MariaDB
    // and MySQL (whose default length of 255 would give a tinytext).
    @JdbcTypeCode(SqlTypes.LONG32VARCHAR)
    @Column(nullable = false, length = Length.LONG32)
    private String changes;

    protected AuditLogRow() {
    }

    AuditLogRow(String entityName, String entityId, AuditAction action, String changedBy, Instant changedAt, String transactionId,
            String changes) {
        this.entityName = entityName;
        this.entityId = entityId;
        this.action = action;
        this.changedBy = changedBy;
        this.changedAt = changedAt;
        this.transactionId = transactionId;
        this.changes = changes;
    }

    public Long getId() {
        return id;
    }

    public String getEntityName() {
        return entityName;
    }

    public String getEntityId() {
        return entityId;
    }

    public AuditAction getAction() {
        return action;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public String getTransactionId() {
        return transactionId;
    }

    public String getChanges() {
        return changes;
    }
}
