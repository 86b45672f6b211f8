package io.newsgraph.core.events;

import java.util.OptionalInt;

import io.smallrye.config.ConfigMapping;

/** How much of a copy the subscriptions' events may take. */
@ConfigMapping(prefix = "newsgraph.live-events")
public interface LiveEventsConfig {

    /**
     * Threads that resolve the subscriptions' events (each event is resolved for each subscriber, with its own
     * selection, and may read the database): half the processors by default, at least one. Events wait for them, and a
     * subscriber that falls behind is completed, so that a burst of events cannot take the threads and database
     * connections the requests of other clients need.
     */
    OptionalInt resolverThreads();
}
