package io.newsgraph.core.graphql;

import java.util.concurrent.CompletableFuture;

import jakarta.enterprise.context.ApplicationScoped;

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import io.quarkus.arc.Arc;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;

/**
 * Tells the HTTP layer how an execution ended, so that it can answer with the status code the GraphQL
 * over HTTP specification gives: SmallRye GraphQL writes every response as 200.
 */
@ApplicationScoped
class HttpExchanges {

    /** Set on the routing context when no data came back: the request failed as a whole. */
    static final String REQUEST_FAILED = "newsgraph.request-failed";
    /** Set on the routing context when the response has errors of any kind. */
    static final String HAS_ERRORS = "newsgraph.has-errors";

    private final CurrentVertxRequest currentVertxRequest;

    HttpExchanges(CurrentVertxRequest currentVertxRequest) {
        this.currentVertxRequest = currentVertxRequest;
    }

    Instrumentation instrumentation() {
        return new SimplePerformantInstrumentation() {
            @Override
            public ExecutionInput instrumentExecutionInput(ExecutionInput input,
                    InstrumentationExecutionParameters parameters, InstrumentationState state) {
                // the execution starts on the thread that received the request, where it is still current
                if (Arc.container().requestContext().isActive() && currentVertxRequest.getCurrent() != null) {
                    input.getGraphQLContext().put(RoutingContext.class, currentVertxRequest.getCurrent());
                }
                return input;
            }

            @Override
            public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
                    InstrumentationExecutionParameters parameters, InstrumentationState state) {
                RoutingContext exchange = parameters.getGraphQLContext().get(RoutingContext.class);
                if (exchange != null) {
                    exchange.put(REQUEST_FAILED, !result.isDataPresent());
                    exchange.put(HAS_ERRORS, !result.getErrors().isEmpty());
                }
                return CompletableFuture.completedFuture(result);
            }
        };
    }
}
