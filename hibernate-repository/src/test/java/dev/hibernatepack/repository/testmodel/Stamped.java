// SPDX-License-Identifier: Apache-2.0
package dev.hibernatepack.repository.testmodel;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Table;

import dev.hibernatepack.mixins.UpdatedAt;

/** Entities whose {@code @UpdatedAt} attribute has each of the supported types, for bulk stamping. */
@MappedSuperclass
public abstract class Stamped {

    @Id
    @GeneratedValue
    private Long id;

    private String title;

    protected Stamped() {
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    /** The value of the {@code @UpdatedAt} attribute. */
    public abstract Object stamp();

    /** {@code @UpdatedAt Instant}, the column's default precision. */
    @Entity(name = "StampedInstant")
    @Table(name = "repo_stamped_instant")
    public static class OnInstant extends Stamped {
        @UpdatedAt
        private Instant updatedAt;

        @Override
        public Instant stamp() {
            return updatedAt;
        }
    }

    /** {@code @UpdatedAt Instant} in a column of millisecond precision. */
    @Entity(name = "StampedMillis")
    @Table(name = "repo_stamped_millis")
    public static class OnMillis extends Stamped {
        @UpdatedAt
        @Column(secondPrecision = 3)
        private Instant updatedAt;

        @Override
        public Instant stamp() {
            return updatedAt;
        }
    }

    /** {@code @UpdatedAt LocalDateTime}. */
    @Entity(name = "StampedLocalDateTime")
    @Table(name = "repo_stamped_local_date_time")
    public static class OnLocalDateTime extends Stamped {
        @UpdatedAt
        private LocalDateTime updatedAt;

        @Override
        public LocalDateTime stamp() {
            return updatedAt;
        }
    }

    /** {@code @UpdatedAt LocalDate}. */
    @Entity(name = "StampedLocalDate")
    @Table(name = "repo_stamped_local_date")
    public static class OnLocalDate extends Stamped {
        @UpdatedAt
        private LocalDate updatedAt;

        @Override
        public LocalDate stamp() {
            return updatedAt;
        }
    }

    /** {@code @UpdatedAt java.sql.Timestamp}. */
    @Entity(name = "StampedTimestamp")
    @Table(name = "repo_stamped_timestamp")
    public static class OnTimestamp extends Stamped {
        @UpdatedAt
        private Timestamp updatedAt;

        @Override
        public Timestamp stamp() {
            return updatedAt;
        }
    }

    /** {@code @UpdatedAt OffsetDateTime}. */
    @Entity(name = "StampedOffsetDateTime")
    @Table(name = "repo_stamped_offset_date_time")
    public static class OnOffsetDateTime extends Stamped {
        @UpdatedAt
        private OffsetDateTime updatedAt;

        @Override
        public OffsetDateTime stamp() {
            return updatedAt;
        }
    }
}
