package io.newsgraph.core.events;

import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import io.smallrye.mutiny.subscription.BackPressureFailure;

/**
 * One kind of live event, for one subscription field, made by {@link LiveEvents}: the changes it is told of that can
 * make an event are read again, on the reading thread, only while someone subscribes, and what the reading finds is
 * sent to every subscriber.
 * <p>
 * An event is sent when a row becomes one, once: the rows a change names are read when the change arrives, by which time
 * later changes to them may be committed too (a comment inserted pending and approved at once reads as approved for
 * both changes), so the feed remembers the rows it sent, forgets those that read as no event any more (an article
 * unpublished), and sends a row again only after that (published again). There is no replay. When this copy stops listening
 * (the database
 * restarted, the connection broke), changes committed meanwhile are never delivered, so every subscription then
 * completes: its client learns that it may have missed events, and subscribes again once it has read what it shows
 * again.
 */
public final class Feed<T> implements ContentChangeSubscriber {

    /** Events a subscriber may fall behind by before its subscription completes, rather than hold memory without bound. */
    private static final int SUBSCRIBER_BUFFER = 256;
    /** Rows remembered as sent; beyond, the longest sent is forgotten, and might be sent again if read again. */
    private static final int REMEMBERED_ROWS = 10_000;

    private final String field;
    private final Predicate<ContentChange> relevant;
    private final Function<Set<Long>, List<T>> read;
    private final ToLongFunction<T> rowKey;
    /** Where each subscriber's events are delivered, and its selection then resolved. */
    private final Executor resolvers;
    /** Whether {@link #sentRows} holds any; written on the reading thread, read on the listening one. */
    private volatile boolean remembering;
    /** The rows sent and still events when last read; touched on the reading thread only. */
    private final Set<Long> sentRows = Collections.newSetFromMap(new LinkedHashMap<>(16, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Boolean> eldest) {
            return size() > REMEMBERED_ROWS;
        }
    });
    private final LiveEvents events;
    private final AtomicInteger subscribers = new AtomicInteger();
    private final Counter sent;
    /** Replaced, on the reading thread, when listening is interrupted: its subscribers are completed. */
    private volatile BroadcastProcessor<T> processor = BroadcastProcessor.create();
    /** Whether the events were listened for since the processor was made; touched on the reading thread only. */
    private boolean listened;

    Feed(String field, Predicate<ContentChange> relevant, Function<Set<Long>, List<T>> read, ToLongFunction<T> rowKey,
            LiveEvents events, Executor resolvers, MeterRegistry registry) {
        this.field = field;
        this.relevant = relevant;
        this.read = read;
        this.rowKey = rowKey;
        this.resolvers = resolvers;
        this.events = events;
        this.sent = Counter.builder("live.events.sent").tag("field", field)
                .description("Events sent to the subscribers of a subscription field (each once, however many)")
                .register(registry);
        Gauge.builder("live.events.subscribers", subscribers, AtomicInteger::get).tag("field", field)
                .description("Subscriptions to a subscription field open on this copy")
                .register(registry);
    }

    /**
     * The events from now on that {@code wanted} keeps, delivered on a resolver thread (where the subscription's
     * selection is then resolved) in the order they were committed.
     */
    public Multi<T> subscribe(Predicate<T> wanted) {
        return Multi.createFrom().<T> deferred(() -> processor)
                .select().where(wanted)
                .onOverflow().buffer(SUBSCRIBER_BUFFER)
                // a subscriber that fell behind is told, as when listening is interrupted, that it may miss events
                .onFailure(BackPressureFailure.class).recoverWithCompletion()
                .emitOn(resolvers)
                .onSubscription().invoke(subscription -> subscribers.incrementAndGet())
                .onTermination().invoke(() -> subscribers.decrementAndGet());
    }

    @Override
    public void changed(ContentChange change) {
        if (!relevant.test(change)) {
            return;
        }
        if (subscribers.get() == 0) {
            // unread, the change may end an event the feed remembers as sent: it forgets them all instead
            if (remembering) {
                events.run(field, this::forgetSentRows);
            }
            return;
        }
        Optional<Set<Long>> rows = change.keys("id");
        if (rows.isEmpty()) {
            events.dropped(field, "one statement changed too many rows of " + change.table() + " to name them");
            return;
        }
        if (!rows.get().isEmpty()) {
            events.run(field, () -> publish(rows.get()));
        }
    }

    @Override
    public void listening() {
        events.run(field, () -> listened = true);
    }

    @Override
    public void interrupted() {
        events.run(field, () -> {
            if (listened) {
                listened = false;
                BroadcastProcessor<T> interrupted = processor;
                processor = BroadcastProcessor.create();
                interrupted.onComplete();
                // the changes committed meanwhile are lost, and with them what the rows sent became
                forgetSentRows();
            }
        });
    }

    private void forgetSentRows() {
        sentRows.clear();
        remembering = false;
    }

    private void publish(Set<Long> rows) {
        List<T> found;
        // the services that read the rows keep their database session in a request context
        ManagedContext requestContext = Arc.container().requestContext();
        requestContext.activate();
        try {
            found = read.apply(rows);
        } catch (RuntimeException e) {
            events.dropped(field, "the rows a change names could not be read (" + e.getMessage() + ")");
            return;
        } finally {
            requestContext.terminate();
        }
        Set<Long> eventRows = new HashSet<>();
        for (T event : found) {
            long row = rowKey.applyAsLong(event);
            eventRows.add(row);
            if (sentRows.add(row)) {
                processor.onNext(event);
                sent.increment();
            }
        }
        // no event any more: the next time one of them reads as one, it is sent again
        rows.stream().filter(row -> !eventRows.contains(row)).forEach(sentRows::remove);
        remembering = !sentRows.isEmpty();
    }
}
