package io.newsgraph.core.write;

import java.sql.SQLException;
import java.time.Instant;
import java.util.function.LongSupplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.hibernate.exception.ConstraintViolationException;

import io.newsgraph.core.error.BadUserInputException;
import io.newsgraph.core.error.ConflictException;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * Makes a write safe to send again. A client that got no answer, or an answer saying that the database went away
 * during the change, cannot know whether the change was saved: the COMMIT may have reached the database while its
 * answer was lost. So every mutation takes an optional {@code idempotencyKey}; the first request with a key does the
 * write and keeps a {@link WriteReceipt} in the same transaction, and any later request with the same key and the same
 * arguments ({@link RequestFingerprint}) writes nothing and answers with what the first one wrote.
 * <p>
 * A request claims its key before anything else, with a transaction-scoped advisory lock on it in PostgreSQL, so that
 * requests with one key run one after the other, on every copy of the service: one sent again while the first is still
 * being saved waits for the first's COMMIT and then answers with its outcome, rather than trying the write itself and
 * failing on what the first one wrote (a name now taken). If the first one failed, the next one writes. One that waits
 * longer than the database lets a statement run is told CONFLICT, and gets the outcome by sending it again.
 */
@ApplicationScoped
public class IdempotentWrites {

    /** Why a statement was cancelled: it ran past the statement timeout. */
    private static final String QUERY_CANCELED = "57014";

    private final EntityManager entityManager;
    private final SecurityIdentity requester;

    IdempotentWrites(EntityManager entityManager, SecurityIdentity requester) {
        this.entityManager = entityManager;
        this.requester = requester;
    }

    /**
     * Runs a write once per idempotency key, in the caller's transaction.
     *
     * @param idempotencyKey the client's key; null to write without one
     * @param operation the mutation's name
     * @param arguments the request's other arguments (a record or a list of them), which a retry must repeat
     * @param write the write, which returns the key of the row it created, changed or deleted
     * @return that key, from this write or from the earlier one with the same idempotency key
     */
    @Transactional(TxType.MANDATORY)
    public long once(String idempotencyKey, String operation, Object arguments, LongSupplier write) {
        if (idempotencyKey == null) {
            return flushed(write);
        }
        String fingerprint = RequestFingerprint.of(operation,
                requester.isAnonymous() ? null : requester.getPrincipal().getName(), arguments);
        claim(idempotencyKey);
        WriteReceipt earlier = entityManager.find(WriteReceipt.class, idempotencyKey);
        if (earlier != null) {
            if (!earlier.fingerprint.equals(fingerprint)) {
                throw BadUserInputException.of("idempotencyKey", "This idempotencyKey was sent with another request:"
                        + " use a new key for each change, and the same key only to send that change again.");
            }
            return earlier.subjectKey;
        }
        // the write's own failures surface here, so that the one below can only be about the receipt
        long subjectKey = flushed(write);
        WriteReceipt receipt = new WriteReceipt();
        receipt.idempotencyKey = idempotencyKey;
        receipt.fingerprint = fingerprint;
        receipt.subjectKey = subjectKey;
        receipt.createdAt = Instant.now();
        entityManager.persist(receipt);
        try {
            entityManager.flush();
        } catch (ConstraintViolationException e) {
            // only a writer that does not claim keys gets here: a copy of an earlier version during a rolling update
            throw new ConflictException("Another request with this idempotencyKey was saved at the same moment, and this"
                    + " one was not: send it again to get that request's outcome.");
        }
        return subjectKey;
    }

    /**
     * Takes the key's lock until the end of the transaction, waiting for a transaction that holds it. Two keys may share
     * a lock (it is a 32-bit hash of the key), which only makes one wait for the other.
     */
    private void claim(String idempotencyKey) {
        try {
            entityManager.createNativeQuery(
                    "select pg_advisory_xact_lock(hashtext('newsgraph.idempotency-key'), hashtext(?1))")
                    .setParameter(1, idempotencyKey).getSingleResult();
        } catch (PersistenceException e) {
            if (cancelled(e)) {
                throw new ConflictException("A request with this idempotencyKey is still being saved: send it again in"
                        + " a moment to get its outcome.");
            }
            throw e;
        }
    }

    /**
     * Writes and flushes, so that a stale version or a broken constraint fails inside the transaction, where its cause is
     * known, rather than at the COMMIT.
     */
    private long flushed(LongSupplier write) {
        long subjectKey = write.getAsLong();
        entityManager.flush();
        return subjectKey;
    }

    private static boolean cancelled(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && QUERY_CANCELED.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
