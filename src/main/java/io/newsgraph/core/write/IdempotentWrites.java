package io.newsgraph.core.write;

import java.time.Instant;
import java.util.function.LongSupplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.hibernate.exception.ConstraintViolationException;

import io.newsgraph.core.digest.Sha256;
import io.newsgraph.core.error.BadUserInputException;
import io.newsgraph.core.error.ConflictException;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * Makes a write safe to send again. A client that got no answer, or an answer saying that the database went away
 * during the change, cannot know whether the change was saved: the COMMIT may have reached the database while its
 * answer was lost. So every mutation takes an optional {@code idempotencyKey}; the first request with a key does the
 * write and keeps a {@link WriteReceipt} in the same transaction, and any later request with the same key and the same
 * arguments writes nothing and answers with what the first one wrote. Two requests with one key at the same moment
 * cannot both write: the second waits for the first's receipt, and fails with CONFLICT when it commits.
 */
@ApplicationScoped
public class IdempotentWrites {

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
        String fingerprint = fingerprint(operation, arguments);
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
            throw new ConflictException("Another request with this idempotencyKey was saved at the same moment, and this"
                    + " one was not: send it again to get that request's outcome.");
        }
        return subjectKey;
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

    private String fingerprint(String operation, Object arguments) {
        String requesterName = requester.isAnonymous() ? "" : requester.getPrincipal().getName();
        String request = operation + '\n' + requesterName + '\n' + arguments;
        return Sha256.hex(request);
    }
}
