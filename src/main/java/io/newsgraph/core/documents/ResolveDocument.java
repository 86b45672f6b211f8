package io.newsgraph.core.documents;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import io.newsgraph.core.digest.Sha256;
import io.newsgraph.core.error.ApiErrors;
import io.newsgraph.core.error.ErrorCode;
import io.newsgraph.core.pipeline.Answer;
import io.newsgraph.core.pipeline.Chain;
import io.newsgraph.core.pipeline.Exchange;
import io.newsgraph.core.pipeline.GraphQLRequest;
import io.newsgraph.core.pipeline.Stage;
import io.smallrye.mutiny.Uni;

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
 * documents, by id or by their exact text, and nothing is registered. The stages after this one see the text as
 * {@link GraphQLRequest#query()}, so that the prepared documents, the planner and the resolvers never know how it came.
 */
@ApplicationScoped
public class ResolveDocument implements Stage {

    /** Apollo's words, which its clients compare the message with. */
    static final String NOT_FOUND = "PersistedQueryNotFound";
    static final String HASH_MISMATCH = "provided sha does not match query";
    private static final String UNSUPPORTED_VERSION = "Unsupported persisted query version";
    private static final String EXTENSION = "persistedQuery";
    private static final Integer VERSION = 1;

    private final PersistedQueryStore store;
    private final TrustedDocuments trusted;
    private final PreparedDocuments preparedDocuments;

    ResolveDocument(PersistedQueryStore store, TrustedDocuments trusted, PreparedDocuments preparedDocuments) {
        this.store = store;
        this.trusted = trusted;
        this.preparedDocuments = preparedDocuments;
    }

    @Override
    public Uni<Answer> handle(Exchange exchange, Chain chain) {
        GraphQLRequest request = exchange.request();
        Object extension = request.extensions().get(EXTENSION);
        if (extension == null) {
            if (request.query() == null) {
                return refuse(400, "The request has no query.");
            }
            return trusted.allows(request.query()) ? chain.next(exchange) : untrusted();
        }
        if (!(extension instanceof Map<?, ?> persistedQuery)) {
            return refuse(400, "'extensions.persistedQuery' must be a JSON object.");
        }
        if (!VERSION.equals(persistedQuery.get("version"))) {
            return refuse(400, UNSUPPORTED_VERSION);
        }
        if (!(persistedQuery.get("sha256Hash") instanceof String hash)) {
            return refuse(400, "'extensions.persistedQuery.sha256Hash' must be a string.");
        }
        return byHash(exchange, chain, hash);
    }

    private Uni<Answer> byHash(Exchange exchange, Chain chain, String hash) {
        GraphQLRequest request = exchange.request();
        String listed = trusted.document(hash).orElse(null);
        if (listed != null) {
            if (request.query() != null && !request.query().equals(listed)) {
                return refuse(400, HASH_MISMATCH);
            }
            exchange.request(request.withQuery(listed));
            return chain.next(exchange);
        }
        if (trusted.trustedOnly()) {
            return untrusted();
        }
        if (request.query() == null) {
            String registered = store.find(hash).orElse(null);
            if (registered == null) {
                // 200 whatever the media type, as Apollo Server answers: apollo-link-persisted-queries (Apollo Client 2)
                // stops sending hashes for good when one gets a 400
                return Uni.createFrom().item(Answer.Refused.of(200, ApiErrors.of(ErrorCode.PERSISTED_QUERY_NOT_FOUND,
                        NOT_FOUND)));
            }
            exchange.request(request.withQuery(registered));
            return chain.next(exchange);
        }
        if (!hash.equals(Sha256.hex(request.query()))) {
            return refuse(400, HASH_MISMATCH);
        }
        // as Apollo Server does, only a document that can run is kept: invalid ones would only take room
        if (!preparedDocuments.prepare(request.query()).entry().hasErrors()) {
            store.register(hash, request.query());
        }
        return chain.next(exchange);
    }

    private static Uni<Answer> refuse(int status, String message) {
        return Uni.createFrom().item(Answer.Refused.of(status, ApiErrors.of(ErrorCode.BAD_USER_INPUT, message)));
    }

    private static Uni<Answer> untrusted() {
        return Uni.createFrom().item(Answer.Failed.of(List.of(ApiErrors.of(ErrorCode.DOCUMENT_NOT_TRUSTED,
                TrustedDocuments.REFUSAL))));
    }
}
