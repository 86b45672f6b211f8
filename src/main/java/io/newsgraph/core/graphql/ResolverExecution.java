package io.newsgraph.core.graphql;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;

import graphql.ExecutionResult;
import io.newsgraph.core.cache.tracking.RequestReads;
import io.newsgraph.core.execution.SmallRyeQueryCache;
import io.newsgraph.core.json.ExecutionResultJson;
import io.opentelemetry.context.Scope;
import io.quarkus.arc.Arc;
import io.quarkus.arc.InjectableContext.ContextState;
import io.quarkus.arc.ManagedContext;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.smallrye.graphql.execution.ExecutionResponse;
import io.smallrye.graphql.execution.ExecutionResponseWriter;
import io.smallrye.graphql.execution.ExecutionService;
import io.smallrye.graphql.execution.context.SmallRyeContext;
import io.smallrye.graphql.execution.context.SmallRyeContextManager;
import io.vertx.core.Handler;
import io.vertx.core.MultiMap;
import io.vertx.ext.web.RoutingContext;

/**
 * Executes a request that got past the gate with SmallRye GraphQL's resolvers, set up as Quarkus's own GraphQL
 * handler sets them up (request context, security identity, current Vert.x request, and the metadata Quarkus's data
 * fetchers read), and writes the result with {@link ExecutionResultJson}. It runs on a worker thread of its own
 * ({@link GraphQLRoutes}), so the resolvers run there too, one after the other, and the response is written before
 * it returns. What the resolvers read is recorded in the request's {@link RequestReads}.
 */
@ApplicationScoped
class ResolverExecution implements Handler<RoutingContext> {

    private static final JsonProvider JSON = JsonProvider.provider();

    private final ExecutionService executionService;
    private final CurrentVertxRequest currentVertxRequest;
    private final Instance<CurrentIdentityAssociation> identityAssociation;
    private final SmallRyeQueryCache smallRyeQueryCache;
    private final RequestReads requestReads;
    private final GraphQLResponses responses;

    ResolverExecution(ExecutionService executionService, CurrentVertxRequest currentVertxRequest,
            Instance<CurrentIdentityAssociation> identityAssociation, SmallRyeQueryCache smallRyeQueryCache,
            RequestReads requestReads, GraphQLResponses responses) {
        this.executionService = executionService;
        this.currentVertxRequest = currentVertxRequest;
        this.identityAssociation = identityAssociation;
        this.smallRyeQueryCache = smallRyeQueryCache;
        this.requestReads = requestReads;
        this.responses = responses;
    }

    @Override
    @SuppressWarnings("try") // the operation's span is current while the scope is open; the block never names it
    public void handle(RoutingContext context) {
        ManagedContext requestContext = Arc.container().requestContext();
        boolean ownRequestContext = !requestContext.isActive();
        if (ownRequestContext) {
            requestContext.activate();
        }
        ContextState state = requestContext.getState();
        GraphQLRequest request = GraphQLExchange.request(context);
        // the resolvers run on this thread: the spans of their SQL statements are children of the operation's
        try (Scope current = GraphQLExchange.operationSpan(context).makeCurrent()) {
            associateIdentity(context);
            currentVertxRequest.setCurrent(context);
            requestReads.recordInto(GraphQLExchange.reads(context));
            smallRyeQueryCache.share(request.query(), GraphQLExchange.preparedDocument(context));
            Map<String, Object> metadata = metadata(context, state);
            executionService.executeSync(input(request), metadata, new Writer(context, metadata));
        } finally {
            smallRyeQueryCache.forgetPending();
            // Quarkus's data fetchers deactivate the request context after each field, so it is made current again
            requestContext.activate(state);
            if (ownRequestContext) {
                requestContext.terminate();
            }
            SmallRyeContextManager.clearCurrentSmallRyeContext();
        }
    }

    private void associateIdentity(RoutingContext context) {
        if (!identityAssociation.isResolvable()) {
            return;
        }
        if (context.user() instanceof QuarkusHttpUser user) {
            identityAssociation.get().setIdentity(user.getSecurityIdentity());
        } else {
            identityAssociation.get().setIdentity(QuarkusHttpUser.getSecurityIdentity(context, null));
        }
    }

    /** What Quarkus's data fetchers read from the GraphQL context; SmallRye adds its own context to it. */
    private static Map<String, Object> metadata(RoutingContext context, ContextState state) {
        Map<String, Object> metadata = new ConcurrentHashMap<>();
        // already on a worker thread: the fetchers call the resolvers right away
        metadata.put("runBlocking", true);
        metadata.put("httpHeaders", headers(context.request().headers()));
        // what a fetcher activates the request context with
        metadata.put("state", state);
        return metadata;
    }

    private static Map<String, List<String>> headers(MultiMap headers) {
        Map<String, List<String>> copy = new HashMap<>();
        for (String name : headers.names()) {
            copy.put(name, headers.getAll(name));
        }
        return copy;
    }

    private static JsonObject input(GraphQLRequest request) {
        JsonObjectBuilder input = JSON.createObjectBuilder().add("query", request.query());
        if (request.operationName() != null) {
            input.add("operationName", request.operationName());
        }
        if (!request.variables().isEmpty()) {
            input.add("variables", JSON.createObjectBuilder(request.variables()));
        }
        if (!request.extensions().isEmpty()) {
            input.add("extensions", JSON.createObjectBuilder(request.extensions()));
        }
        return input.build();
    }

    private final class Writer implements ExecutionResponseWriter {

        private final RoutingContext context;
        private final Map<String, Object> metadata;

        Writer(RoutingContext context, Map<String, Object> metadata) {
            this.context = context;
            this.metadata = metadata;
        }

        @Override
        public void write(ExecutionResponse response) {
            ExecutionResult result = response.getExecutionResult();
            responses.send(context, ExecutionResultJson.write(result, addedExtensions()), result.isDataPresent(),
                    !result.getErrors().isEmpty());
        }

        @Override
        public void fail(Throwable failure) {
            OperationTracing.failed(context, failure);
            GraphQLExchange.endUnanswered(context);
            context.fail(failure);
        }

        /** What resolvers added to SmallRye's context, which SmallRye leaves in the metadata. */
        private Map<String, Object> addedExtensions() {
            return metadata.get(SmallRyeContextManager.CONTEXT) instanceof SmallRyeContext smallRyeContext
                    ? smallRyeContext.getAddedExtensions()
                    : null;
        }
    }
}
