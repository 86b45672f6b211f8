package io.newsgraph.core.graphql;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import graphql.language.OperationDefinition;
import io.newsgraph.core.documents.PreparedDocument;
import io.newsgraph.core.documents.PreparedDocuments;
import io.newsgraph.core.documents.ScalarVariables;
import io.newsgraph.core.error.ApiError;
import io.newsgraph.core.error.ApiErrors;
import io.newsgraph.core.error.ErrorCode;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;

/**
 * Prepares a request's document and refuses it when it cannot run: when it does not parse, goes over a limit or
 * fails validation or a variable's value is not of its built-in scalar type (answered as a GraphQL response without
 * data), when it would run a subscription, which only WebSocket serves, and when a GET would run a mutation (405).
 */
@ApplicationScoped
class DocumentGate {

    private final PreparedDocuments preparedDocuments;
    private final ScalarVariables scalarVariables;
    private final GraphQLResponses responses;

    DocumentGate(PreparedDocuments preparedDocuments, ScalarVariables scalarVariables, GraphQLResponses responses) {
        this.preparedDocuments = preparedDocuments;
        this.scalarVariables = scalarVariables;
        this.responses = responses;
    }

    void check(RoutingContext context) {
        GraphQLRequest request = GraphQLExchange.request(context);
        PreparedDocuments.Lookup lookup = preparedDocuments.lookUp(request.query());
        PreparedDocument document = lookup.document();
        if (document.entry().hasErrors()) {
            responses.sendErrors(context, document.entry().getErrors());
            return;
        }
        if (runs(document, request.operationName(), OperationDefinition.Operation.SUBSCRIPTION)) {
            responses.sendErrors(context, List.of(ApiErrors.of(ErrorCode.BAD_USER_INPUT, "Subscriptions are served over"
                    + " WebSocket at " + GraphQLRoutes.PATH + ", with the graphql-transport-ws protocol.")));
            return;
        }
        if (request.method() == HttpMethod.GET && runs(document, request.operationName(),
                OperationDefinition.Operation.MUTATION)) {
            context.response().putHeader(HttpHeaders.ALLOW, "POST");
            responses.refuse(context, 405, ApiErrors.of(ErrorCode.BAD_USER_INPUT, "Only queries can be sent with GET."));
            return;
        }
        Optional<ApiError> invalidVariable = scalarVariables.invalid(document.entry().getDocument(), request.operationName(),
                request.variables());
        if (invalidVariable.isPresent()) {
            responses.sendErrors(context, List.of(invalidVariable.get()));
            return;
        }
        GraphQLExchange.putDocument(context, document, lookup.cached());
        context.next();
    }

    /** Whether the operation that would run is of this kind; without a name, whether any operation of the document is. */
    static boolean runs(PreparedDocument document, String operationName, OperationDefinition.Operation kind) {
        return document.entry().getDocument().getDefinitionsOfType(OperationDefinition.class).stream()
                .filter(operation -> operationName == null || operationName.equals(operation.getName()))
                .anyMatch(operation -> operation.getOperation() == kind);
    }
}
