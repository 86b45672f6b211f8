/**
 * The vocabulary of the GraphQL endpoint's pipeline: the {@link io.newsgraph.core.pipeline.Exchange} a request's
 * stages pass down the {@link io.newsgraph.core.pipeline.Chain} (the request, its prepared document, its requester, its
 * operation's span, where its reads are recorded), the {@link io.newsgraph.core.pipeline.Stage}s, and the typed
 * {@link io.newsgraph.core.pipeline.Answer}s they give. The stages themselves live in the packages of their jobs. It may
 * use {@code core.cache.tracking}, {@code core.error}, {@code core.json} and {@code core.digest}.
 */
package io.newsgraph.core.pipeline;
