package io.newsgraph.core.events;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.newsgraph.core.sql.EntityTables;

/**
 * The events GraphQL subscriptions send, made from the {@link ContentChanges} PostgreSQL notifies: a change names rows,
 * a {@link Feed} reads them again as readers may see them and hands what it finds to every subscriber of this copy.
 * Since every copy listens to the same database, a subscriber on any copy learns of a change made through any other,
 * or by psql.
 * <p>
 * The rows are read again on one thread of its own, never on the listening thread (which must not wait), and in the
 * order the changes were committed; a backlog beyond {@value #BACKLOG} changes, while the database is slow, is
 * dropped and counted rather than held without bound.
 */
@ApplicationScoped
public class LiveEvents {

    private static final Logger LOG = Logger.getLogger(LiveEvents.class);
    private static final int BACKLOG = 10_000;

    private final ContentChanges changes;
    private final EntityTables tables;
    private final MeterRegistry registry;
    private final ExecutorService reader;
    private final ExecutorService resolvers;
    private final Counter dropped;

    LiveEvents(ContentChanges changes, EntityTables tables, MeterRegistry registry, LiveEventsConfig config) {
        this.changes = changes;
        this.tables = tables;
        this.registry = registry;
        this.reader = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(BACKLOG),
                runnable -> {
                    Thread thread = new Thread(runnable, "newsgraph-live-events");
                    thread.setDaemon(true);
                    return thread;
                });
        int resolverThreads = config.resolverThreads()
                .orElse(Math.max(1, Runtime.getRuntime().availableProcessors() / 2));
        AtomicInteger resolverNumber = new AtomicInteger();
        this.resolvers = Executors.newFixedThreadPool(resolverThreads, runnable -> {
            Thread thread = new Thread(runnable, "newsgraph-live-events-resolver-" + resolverNumber.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        this.dropped = Counter.builder("live.events.dropped")
                .description("Changes to the content not turned into subscription events: the backlog was full, or a"
                        + " statement changed too many rows to name them")
                .register(registry);
    }

    /**
     * A feed of events, listening from now on, made when rows of an entity are inserted or an attribute of theirs
     * changes: a new comment or a comment's status, a new article or an article's status.
     *
     * @param field the subscription field it serves, which names its metrics
     * @param read the rows a change names (their ids), read as readers may see them: only those that are events
     * @param rowKey the id of the row an event was read from
     */
    public <T> Feed<T> feed(String field, Class<?> entity, String attribute, Function<Set<Long>, List<T>> read,
            ToLongFunction<T> rowKey) {
        String table = tables.table(entity).jdbcText();
        String column = tables.column(entity, attribute).jdbcText();
        Predicate<ContentChange> relevant = change -> change.table().equals(table)
                && (change.operation() == ContentChange.Operation.INSERT
                        || change.operation() == ContentChange.Operation.UPDATE && change.mayHaveChanged(column));
        Feed<T> feed = new Feed<>(field, relevant, read, rowKey, this, resolvers, registry);
        changes.subscribe(feed);
        return feed;
    }

    /** Runs a feed's work on the reading thread, in the order it was asked for. */
    void run(String field, Runnable work) {
        try {
            reader.execute(work);
        } catch (RejectedExecutionException e) {
            dropped(field, "the backlog of changes to read is full");
        }
    }

    void dropped(String field, String why) {
        dropped.increment();
        LOG.warnf("Subscribers of %s may miss an event: %s", field, why);
    }

    @PreDestroy
    void stop() {
        reader.shutdownNow();
        resolvers.shutdownNow();
    }
}
