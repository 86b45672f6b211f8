package io.newsgraph.core.graphql;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.newsgraph.core.documents.DocumentsConfig;
import io.newsgraph.core.documents.PersistedQueryStore;
import io.newsgraph.core.documents.PreparedDocuments;
import io.newsgraph.core.documents.TrustedDocuments;
import io.newsgraph.core.error.ApiErrors;
import io.newsgraph.core.error.ErrorCode;
import io.vertx.ext.web.RoutingContext;

/**
 * Finds the text of a request's document before anything parses it, for the requests that name a document by a hash
 * in Apollo's persisted query extension, {@code "extensions": {"persistedQuery": {"version": 1, "sha256Hash": "…"}}},
 * as Apollo Client, urql and Apollo Server speak it:
 * <ul>
 * <li>the hash alone: the text of the trusted document with that id, else the query registered with that hash, else
 * {@code PersistedQueryNotFound}, upon which the client sends the query again with its hash;</li>
 * <li>the hash with the query: the query, kept under its hash once it proved runnable, unless the hash is not the
 * SHA-256 of its UTF-8 bytes in lower-case hexadecimal (refused, so that no one can put a query under another's
 * hash).</li>
 * </ul>
 * Where only trusted documents run ({@link DocumentsConfig#trustedOnly}), a request runs only the manifest's
 * documents, by id or by their exact text, and nothing is registered. The requests after this one see the text as
 * {@link GraphQLRequest#query()}, so that the prepared documents, the planner and the resolvers never know how it came.
 */
@ApplicationScoped
class PersistedQueries {

    /** Apollo's words, which its clients compare the message with. */
    static final String NOT_FOUND = "PersistedQueryNotFound";
    static final String HASH_MISMATCH = "provided sha does not match query";
    private static final String UNSUPPORTED_VERSION = "Unsupported persisted query version";
    private static final String EXTENSION = "persistedQuery";
    private static final Integer VERSION = 1;

    private final PersistedQueryStore store;
    private final TrustedDocuments trusted;
    private final PreparedDocuments preparedDocuments;
    private final GraphQLResponses responses;

    PersistedQueries(PersistedQueryStore store, TrustedDocuments trusted, PreparedDocuments preparedDocuments,
            GraphQLResponses responses) {
        this.store = store;
        this.trusted = trusted;
        this.preparedDocuments = preparedDocuments;
        this.responses = responses;
    }

    void resolve(RoutingContext context) {
        GraphQLRequest request = GraphQLExchange.request(context);
        Object extension = request.extensions().get(EXTENSION);
        if (extension == null) {
            if (request.query() == null) {
                responses.refuse(context, 400, ApiErrors.of(ErrorCode.BAD_USER_INPUT, "The request has no query."));
            } else if (trusted.allows(request.query())) {
                context.next();
            } else {
                refuseUntrusted(context);
            }
            return;
        }
        if (!(extension instanceof Map<?, ?> persistedQuery)) {
            responses.refuse(context, 400, ApiErrors.of(ErrorCode.BAD_USER_INPUT,
                    "'extensions.persistedQuery' must be a JSON object."));
            return;
        }
        if (!VERSION.equals(persistedQuery.get("version"))) {
            responses.refuse(context, 400, ApiErrors.of(ErrorCode.BAD_USER_INPUT, UNSUPPORTED_VERSION));
            return;
        }
        if (!(persistedQuery.get("sha256Hash") instanceof String hash)) {
            responses.refuse(context, 400, ApiErrors.of(ErrorCode.BAD_USER_INPUT,
                    "'extensions.persistedQuery.sha256Hash' must be a string."));
            return;
        }
        resolveByHash(context, request, hash);
    }

    private void resolveByHash(RoutingContext context, GraphQLRequest request, String hash) {
        Optional<String> listed = trusted.document(hash);
        if (listed.isPresent()) {
            if (request.query() == null || request.query().equals(listed.get())) {
                proceed(context, request.withQuery(listed.get()));
            } else {
                refuseMismatch(context);
            }
        } else if (trusted.trustedOnly()) {
            refuseUntrusted(context);
        } else if (request.query() == null) {
            Optional<String> registered = store.find(hash);
            if (registered.isPresent()) {
                proceed(context, request.withQuery(registered.get()));
            } else {
                // 200 whatever the media type, as Apollo Server answers: apollo-link-persisted-queries (Apollo
                // Client 2) stops sending hashes for good when one gets a 400
                responses.refuse(context, 200, ApiErrors.of(ErrorCode.PERSISTED_QUERY_NOT_FOUND, NOT_FOUND));
            }
        } else if (hash.equals(Sha256.hex(request.query()))) {
            // as Apollo Server does, only a document that can run is kept: invalid ones would only take room
            if (!preparedDocuments.prepare(request.query()).entry().hasErrors()) {
                store.register(hash, request.query());
            }
            context.next();
        } else {
            refuseMismatch(context);
        }
    }

    private static void proceed(RoutingContext context, GraphQLRequest request) {
        GraphQLExchange.putRequest(context, request);
        context.next();
    }

    private void refuseMismatch(RoutingContext context) {
        responses.refuse(context, 400, ApiErrors.of(ErrorCode.BAD_USER_INPUT, HASH_MISMATCH));
    }

    private void refuseUntrusted(RoutingContext context) {
        responses.sendErrors(context, List.of(ApiErrors.of(ErrorCode.DOCUMENT_NOT_TRUSTED, TrustedDocuments.REFUSAL)));
    }
}
