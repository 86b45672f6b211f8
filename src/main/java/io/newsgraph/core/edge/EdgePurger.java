package io.newsgraph.core.edge;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.newsgraph.core.cache.tracking.ReadSubjects;
import io.newsgraph.core.events.ContentChange;
import io.newsgraph.core.events.ContentChangeSubscriber;
import io.newsgraph.core.events.ContentChanges;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Vertx;

/**
 * Purges the edge of what each change affects, by the keys {@link SurrogateKeys} computes from the change, which are
 * those that tagged the answers it affects. Every copy hears every change, but only the copy that holds the purges'
 * lock ({@link PurgerElection}) sends purges, so that one purge per change leaves the cluster. A copy that takes the
 * lock, or that listens again after its listening connection broke, purges everything first: it cannot know what was
 * missed meanwhile (purges a previous holder had not sent, changes no one heard).
 * <p>
 * The listening thread only adds keys to {@link PendingPurges} (bounded); a thread of its own sends them in batches,
 * retrying a failed batch with a doubling delay, so that no purge ever waits on a writer's request or a write on a
 * purge. Off unless {@code newsgraph.edge.purge.target} names an edge.
 */
@ApplicationScoped
public class EdgePurger implements ContentChangeSubscriber {

    private static final Logger LOG = Logger.getLogger(EdgePurger.class);
    private static final long FIRST_RETRY_MILLIS = 100;
    /** How often a copy that does not purge tries to take the lock, and the purging one checks it holds it still. */
    private static final long CHECK_MILLIS = 1_000;

    private final EdgeConfig config;
    private final ContentChanges changes;
    private final ReadSubjects subjects;
    private final Vertx vertx;
    private final PurgerElection election;
    private final PendingPurges pending;
    private final Timer delay;
    private final Counter acknowledged;
    private final Counter failed;
    private volatile boolean leading;
    private volatile boolean stopping;
    private SurrogateKeys keys;
    private AutoCloseable subscription;
    private Thread thread;

    EdgePurger(EdgeConfig config, ContentChanges changes, ReadSubjects subjects, Vertx vertx, MeterRegistry registry,
            @ConfigProperty(name = "quarkus.datasource.jdbc.url") String url,
            @ConfigProperty(name = "quarkus.datasource.username") Optional<String> username,
            @ConfigProperty(name = "quarkus.datasource.password") Optional<String> password) {
        this.config = config;
        this.changes = changes;
        this.subjects = subjects;
        this.vertx = vertx;
        this.election = new PurgerElection(url, username, password);
        this.pending = new PendingPurges(config.globalKey(), config.purge().maxPendingKeys());
        this.delay = Timer.builder("edge.purge.delay")
                .description("From a changing statement to the edge's acknowledgement of its purge")
                .register(registry);
        this.acknowledged = Counter.builder("edge.purge.requests").tag("result", "acknowledged")
                .description("Purges sent to the edge, by what it answered").register(registry);
        this.failed = Counter.builder("edge.purge.requests").tag("result", "failed")
                .description("Purges sent to the edge, by what it answered").register(registry);
        Gauge.builder("edge.purge.pending.keys", pending, PendingPurges::size)
                .description("Keys waiting to be purged").register(registry);
        Gauge.builder("edge.purger", this, purger -> purger.leading ? 1 : 0)
                .description("1 while this copy is the one that purges the edge").register(registry);
    }

    void start(@Observes StartupEvent event) {
        if (config.purge().target() == PurgeTarget.NONE) {
            return;
        }
        PurgeAdapter adapter = PurgeAdapters.of(config.purge());
        keys = new SurrogateKeys(subjects.allRows());
        subscription = changes.subscribe(this);
        thread = new Thread(() -> run(adapter), "newsgraph-edge-purges");
        thread.setDaemon(true);
        thread.start();
    }

    @PreDestroy
    void stop() throws Exception {
        stopping = true;
        if (thread != null) {
            subscription.close();
            thread.interrupt();
        }
    }

    @Override
    public void changed(ContentChange change) {
        if (leading) {
            pending.add(keys.ofChange(change), change.at());
        }
    }

    @Override
    public void listening() {
        if (leading) {
            pending.everything(Instant.now());
        }
    }

    @Override
    public void interrupted() {
        // what was missed is purged when the copy listens again
    }

    private void run(PurgeAdapter adapter) {
        int maxKeys = config.purge().maxKeysPerRequest().orElse(adapter.maxKeysPerRequest());
        long retryMillis = FIRST_RETRY_MILLIS;
        try (PurgeClient client = new PurgeClient(vertx, config.purge().timeout()); election) {
            while (!stopping) {
                if (!leading && !lead()) {
                    Thread.sleep(CHECK_MILLIS);
                    continue;
                }
                PendingPurges.Batch batch = pending.take(maxKeys, CHECK_MILLIS);
                if (batch.keys().isEmpty()) {
                    if (!election.leading()) {
                        leading = false;
                        pending.clear();
                    }
                    continue;
                }
                try {
                    for (PurgeRequest request : adapter.requests(batch.keys())) {
                        client.send(request);
                    }
                    acknowledged.increment();
                    Instant now = Instant.now();
                    batch.changes().forEach(change -> delay.record(Duration.between(change, now)));
                    retryMillis = FIRST_RETRY_MILLIS;
                } catch (PurgeClient.PurgeFailed e) {
                    failed.increment();
                    LOG.warnf("A purge of the edge failed (%s); retrying in %d ms", e.getMessage(), retryMillis);
                    pending.putBack(batch);
                    Thread.sleep(retryMillis);
                    retryMillis = Math.min(config.purge().maxRetryDelay().toMillis(), retryMillis * 2);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Takes the lock if free; once taken, everything is purged first. */
    private boolean lead() {
        if (!election.tryLead()) {
            return false;
        }
        leading = true;
        pending.everything(Instant.now());
        return true;
    }
}
