package io.newsgraph.core.write;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;

/** Forgets the receipts of writes older than {@link IdempotencyConfig#retention()}, so that the table stays small. */
@ApplicationScoped
class WriteReceipts {

    private static final Logger LOG = Logger.getLogger(WriteReceipts.class);

    private final IdempotencyConfig config;

    WriteReceipts(IdempotencyConfig config) {
        this.config = config;
    }

    // every copy of the service runs it; deleting what another copy deleted already costs nothing
    @Scheduled(every = "1h", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    void forgetExpired() {
        long forgotten = WriteReceipt.delete("createdAt < ?1", Instant.now().minus(config.retention()));
        LOG.debugf("Forgot %d expired write receipts", forgotten);
    }
}
