package io.newsgraph.core.persistence;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * What every editable row of the content has: a key from the shared sequence, its creation and last
 * update times, and the version that makes a concurrent edit fail instead of being lost.
 */
@MappedSuperclass
public abstract class ContentEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "content_id")
    @SequenceGenerator(name = "content_id", sequenceName = "content_id_seq", allocationSize = 50)
    public Long id;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;

    /**
     * The current time as PostgreSQL keeps it, to the microsecond: an entity holds what the database will hold, so that
     * the answer to a write shows what a later read finds, and a cursor made from it designates the row it came from.
     */
    public static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    @PrePersist
    void stampCreation() {
        // imported content keeps the times it had at its origin
        if (createdAt == null) {
            createdAt = now();
        }
        if (updatedAt == null) {
            updatedAt = createdAt;
        }
    }

    @PreUpdate
    void stampUpdate() {
        updatedAt = now();
    }
}
