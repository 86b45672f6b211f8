package io.newsgraph.core.write;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * What a write with an idempotency key did, kept under that key for a while (see {@link IdempotentWrites}): which
 * request it was and which row it created, changed or deleted.
 */
@Entity
@Table(name = "write_receipt")
public class WriteReceipt extends PanacheEntityBase {

    @Id
    @Column(name = "idempotency_key")
    public String idempotencyKey;

    /** {@link RequestFingerprint} of the request, in hexadecimal. */
    @Column(nullable = false)
    public String fingerprint;

    @Column(name = "subject_key", nullable = false)
    public long subjectKey;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
