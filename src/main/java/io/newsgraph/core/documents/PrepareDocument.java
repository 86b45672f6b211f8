package io.newsgraph.core.documents;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import graphql.GraphQLError;
import graphql.language.OperationDefinition.Operation;
import io.newsgraph.core.error.ApiError;
import io.newsgraph.core.error.ApiErrors;
import io.newsgraph.core.error.ErrorCode;
import io.newsgraph.core.pipeline.Answer;
import io.newsgraph.core.pipeline.Chain;
import io.newsgraph.core.pipeline.Exchange;
import io.newsgraph.core.pipeline.GraphQLRequest;
import io.newsgraph.core.pipeline.Pipeline;
import io.newsgraph.core.pipeline.PreparedDocument;
import io.newsgraph.core.pipeline.Stage;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;

/**
 * The rules every operation's document passes, over HTTP as over WebSocket ({@link #prepare}): only a trusted document
 * where only those run, a document that parses within the limits and validates ({@link PreparedDocuments}), an
 * operation of a kind the transport runs, and variables of the built-in scalar types that are of their types
 * ({@link ScalarVariables}). Over HTTP a refused document is answered as a GraphQL response without data, but a
 * mutation sent with GET, which is refused with 405; a subscription, which only WebSocket serves, is refused.
 */
@ApplicationScoped
public class PrepareDocument implements Stage {

    /** The order in which the kinds an operation may not be of are checked, so that refusals are the same everywhere. */
    private static final List<Operation> KINDS = List.of(Operation.SUBSCRIPTION, Operation.MUTATION, Operation.QUERY);

    private final PreparedDocuments preparedDocuments;
    private final TrustedDocuments trusted;
    private final ScalarVariables scalarVariables;

    PrepareDocument(PreparedDocuments preparedDocuments, TrustedDocuments trusted, ScalarVariables scalarVariables) {
        this.preparedDocuments = preparedDocuments;
        this.trusted = trusted;
        this.scalarVariables = scalarVariables;
    }

    /** What the rules make of a request's document. */
    public sealed interface Preparation {
    }

    /** The document may run. */
    public record Ready(PreparedDocument.Lookup document) implements Preparation {
    }

    /** The document may not run, for these errors. */
    public record Refused(List<? extends GraphQLError> errors) implements Preparation {
    }

    /** The operation that would run is of a kind this transport does not run. */
    public record NotServed(Operation kind) implements Preparation {
    }

    /**
     * Prepares the document of a request that has its text, for a transport that runs operations of these kinds.
     */
    public Preparation prepare(GraphQLRequest request, Set<Operation> served) {
        if (!trusted.allows(request.query())) {
            return new Refused(List.of(ApiErrors.of(ErrorCode.DOCUMENT_NOT_TRUSTED, TrustedDocuments.REFUSAL)));
        }
        PreparedDocument.Lookup lookup = preparedDocuments.lookUp(request.query());
        PreparedDocument document = lookup.document();
        if (document.entry().hasErrors()) {
            return new Refused(document.entry().getErrors());
        }
        for (Operation kind : KINDS) {
            if (!served.contains(kind) && document.runs(request.operationName(), kind)) {
                return new NotServed(kind);
            }
        }
        Optional<ApiError> invalidVariable = scalarVariables.invalid(document.document(), request.operationName(),
                request.variables());
        if (invalidVariable.isPresent()) {
            return new Refused(List.of(invalidVariable.get()));
        }
        return new Ready(lookup);
    }

    @Override
    public Uni<Answer> handle(Exchange exchange, Chain chain) {
        boolean get = exchange.http().request().method() == HttpMethod.GET;
        Preparation preparation = prepare(exchange.request(),
                get ? Set.of(Operation.QUERY) : Set.of(Operation.QUERY, Operation.MUTATION));
        if (preparation instanceof Ready ready) {
            exchange.document(ready.document());
            return chain.next(exchange);
        }
        if (preparation instanceof Refused refused) {
            return Uni.createFrom().item(Answer.Failed.of(refused.errors()));
        }
        if (((NotServed) preparation).kind() == Operation.SUBSCRIPTION) {
            return Uni.createFrom().item(Answer.Failed.of(List.of(ApiErrors.of(ErrorCode.BAD_USER_INPUT,
                    "Subscriptions are served over WebSocket at " + Pipeline.PATH
                            + ", with the graphql-transport-ws protocol."))));
        }
        return Uni.createFrom().item(Answer.Refused.of(405, ApiErrors.of(ErrorCode.BAD_USER_INPUT,
                "Only queries can be sent with GET.")).with(HttpHeaders.ALLOW.toString(), "POST"));
    }
}
