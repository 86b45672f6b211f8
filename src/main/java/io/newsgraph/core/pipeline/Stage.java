package io.newsgraph.core.pipeline;

import io.smallrye.mutiny.Uni;

/**
 * One step of the {@link Pipeline}, with one job: it answers the request itself, or learns something of it into the
 * {@link Exchange} and hands it to the {@link Chain} of the stages after it, whose answer it may look at on its way
 * back (the response cache keeps the clean ones).
 */
@FunctionalInterface
public interface Stage {

    Uni<Answer> handle(Exchange exchange, Chain chain);
}
