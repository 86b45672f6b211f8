/**
 * The documents of GraphQL requests: where their text comes from (Apollo's automatic persisted queries, the trusted
 * documents' manifest: {@link io.newsgraph.core.documents.ResolveDocument}), their preparation (parsing within the
 * limits, validation, the cache of prepared documents: {@link io.newsgraph.core.documents.PreparedDocuments}), and the
 * rules every operation passes, over HTTP and WebSocket ({@link io.newsgraph.core.documents.PrepareDocument}): the
 * limits, the weighted cost ({@link io.newsgraph.core.documents.OperationCost}), the variables of built-in scalar types.
 * It may use {@code core.pipeline}, {@code core.error}, {@code core.digest} and {@code core.pagination}.
 */
package io.newsgraph.core.documents;
