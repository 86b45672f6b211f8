package io.newsgraph.core.websocket;

import java.util.concurrent.Flow;

import org.jboss.logging.Logger;

import io.newsgraph.core.execution.SubscriptionExecution;

/**
 * One subscription of a socket, from its subscribe message to its end: refused, completed by the service, completed by
 * the client, or cut short by the socket's close. It asks its results for one event at a time, and for the next once
 * the last was written to the socket, so that a client that does not read holds at most what the event feed buffers
 * for it (the feed then ends the subscription). Its state changes on the socket's event loop.
 */
final class Subscription implements Flow.Subscriber<String> {

    private static final Logger LOG = Logger.getLogger(Subscription.class);

    private final String id;
    private final GraphQLTransportWsConnection connection;
    /** Set once the client or the socket ended it: nothing more is sent, and what it started is released. */
    private boolean cancelled;
    private Flow.Subscription results;

    Subscription(String id, GraphQLTransportWsConnection connection) {
        this.id = id;
        this.connection = connection;
    }

    String id() {
        return id;
    }

    /** What starting it gave; on the event loop. */
    void started(SubscriptionExecution.Start start) {
        if (start instanceof SubscriptionExecution.Running running) {
            if (cancelled) {
                running.release();
            } else {
                running.results().subscribe().withSubscriber(this);
            }
        } else if (start instanceof SubscriptionExecution.Refused refused && !cancelled) {
            connection.sendError(id, refused.errors());
            connection.ended(this);
        }
    }

    /** Ends it for the client or the socket; on the event loop. */
    void cancel() {
        cancelled = true;
        if (results != null) {
            results.cancel();
        }
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
        results = subscription;
        subscription.request(1);
    }

    @Override
    public void onNext(String result) {
        connection.onLoop(() -> {
            if (!cancelled) {
                connection.sendNext(id, result).onSuccess(written -> results.request(1));
            }
        });
    }

    @Override
    public void onError(Throwable failure) {
        LOG.errorf(failure, "Subscription %s failed", id);
        connection.onLoop(() -> {
            if (!cancelled) {
                connection.sendError(id, SubscriptionExecution.internalError());
                connection.ended(this);
            }
        });
    }

    @Override
    public void onComplete() {
        connection.onLoop(() -> {
            if (!cancelled) {
                connection.sendComplete(id);
                connection.ended(this);
            }
        });
    }
}
