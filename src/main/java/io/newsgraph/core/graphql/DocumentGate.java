package io.newsgraph.core.graphql;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import graphql.language.OperationDefinition;
import io.newsgraph.core.error.ErrorCode;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;

/**
 * Prepares a request's document and refuses it when it cannot run: when it does not parse, goes over a limit or
 * fails validation or a variable's value is not of its built-in scalar type (answered as a GraphQL response without
 * data), and when a GET would run something other than a query (405).
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
        PreparedDocument document = preparedDocuments.prepare(request.query());
        if (document.entry().hasErrors()) {
            responses.sendErrors(context, document.entry().getErrors());
            return;
        }
        if (request.method() == HttpMethod.GET && !readOnly(document, request.operationName())) {
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
        GraphQLExchange.putDocument(context, document);
        context.next();
    }

    /** Whether the operation that would run is a query; without a name, every operation of the document must be. */
    private static boolean readOnly(PreparedDocument document, String operationName) {
        return document.entry().getDocument().getDefinitionsOfType(OperationDefinition.class).stream()
                .filter(operation -> operationName == null || operationName.equals(operation.getName()))
                .allMatch(operation -> operation.getOperation() == OperationDefinition.Operation.QUERY);
    }
}
