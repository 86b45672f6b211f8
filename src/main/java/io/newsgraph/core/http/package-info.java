/**
 * GraphQL over HTTP: the endpoint's two routes around Quarkus's security filters
 * ({@link io.newsgraph.core.http.GraphQLEndpoint}), which lists the pipeline's stages in their order; the gate
 * (methods, media types, body size), reading the request, conditional GET, and writing every answer with its status and
 * caching headers ({@link io.newsgraph.core.http.AnswerWriter}); and who the client is behind reverse proxies
 * ({@link io.newsgraph.core.http.ClientAddresses}). It may use every {@code core} package whose stage it lists:
 * {@code core.pipeline}, {@code core.documents}, {@code core.observability}, {@code core.security}, {@code core.cache},
 * {@code core.planning}, {@code core.execution}, and {@code core.error}, {@code core.json}, {@code core.edge} (the
 * surrogate keys of shared answers) and {@code core.cache.tracking} (what they read).
 */
package io.newsgraph.core.http;
