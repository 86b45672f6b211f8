/**
 * GraphQL over WebSocket: the graphql-transport-ws protocol at {@code /graphql}, which serves subscriptions. It owns
 * the sockets (the upgrade, after its credentials are checked as a request's are, the protocol's messages and close
 * codes, and the limits on what one client may hold open: sockets per client address, subscriptions per socket,
 * subscribes per second, the size of a message, the time to initialise) and hands each subscription to
 * {@link io.newsgraph.core.execution.SubscriptionExecution}, which applies the same document rules as HTTP. It may use
 * {@code core.execution}, {@code core.http}, {@code core.security}, {@code core.pipeline} and {@code core.error};
 * nothing uses it.
 */
package io.newsgraph.core.websocket;
