package io.newsgraph.core.graphql;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;

import org.jboss.logging.Logger;
import org.reactivestreams.Publisher;

import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.language.OperationDefinition;
import io.newsgraph.core.documents.PreparedDocument;
import io.newsgraph.core.documents.PreparedDocuments;
import io.newsgraph.core.documents.ScalarVariables;
import io.newsgraph.core.documents.TrustedDocuments;
import io.newsgraph.core.error.ApiError;
import io.newsgraph.core.error.ApiErrors;
import io.newsgraph.core.error.ErrorCode;
import io.newsgraph.core.execution.SmallRyeQueryCache;
import io.newsgraph.core.json.ExecutionResultJson;
import io.quarkus.arc.Arc;
import io.quarkus.arc.InjectableContext.ContextState;
import io.quarkus.arc.ManagedContext;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.graphql.execution.ExecutionResponse;
import io.smallrye.graphql.execution.ExecutionResponseWriter;
import io.smallrye.graphql.execution.ExecutionService;
import io.smallrye.graphql.execution.context.SmallRyeContextManager;
import io.smallrye.mutiny.Multi;
import mutiny.zero.flow.adapters.AdaptersToFlow;

/**
 * Starts the subscriptions a WebSocket transport receives, under the rules every operation follows over HTTP: only
 * trusted documents where only those run, the same prepared documents and limits (so that a refusal carries the same
 * {@code extensions.code}), valid variables, and subscriptions only; then SmallRye GraphQL's resolvers run it, as the
 * requester.
 * <p>
 * Each subscription gets a GraphQL context and a request context of its own, released when it ends, and SmallRye's
 * thread-local context is cleared after every step that sets it. SmallRye's own WebSocket handler shares one context
 * map between the operations of a socket and leaves its context in the thread-local: a later request captured it, and
 * every finished subscription stayed reachable from the next, until the heap was full.
 */
@ApplicationScoped
public class SubscriptionExecution {

    private static final JsonProvider JSON = JsonProvider.provider();
    static final String SUBSCRIPTIONS_ONLY = "Over WebSocket the service runs subscriptions only: send queries and"
            + " mutations over HTTP to " + GraphQLRoutes.PATH + ".";

    private final ExecutionService executionService;
    private final PreparedDocuments preparedDocuments;
    private final TrustedDocuments trusted;
    private final ScalarVariables scalarVariables;
    private final SmallRyeQueryCache smallRyeQueryCache;
    private final CurrentIdentityAssociation identityAssociation;

    SubscriptionExecution(ExecutionService executionService, PreparedDocuments preparedDocuments,
            TrustedDocuments trusted, ScalarVariables scalarVariables, SmallRyeQueryCache smallRyeQueryCache,
            CurrentIdentityAssociation identityAssociation) {
        this.executionService = executionService;
        this.preparedDocuments = preparedDocuments;
        this.trusted = trusted;
        this.scalarVariables = scalarVariables;
        this.smallRyeQueryCache = smallRyeQueryCache;
        this.identityAssociation = identityAssociation;
    }

    /** How a subscribe request begins: refused, or running. */
    public sealed interface Start permits Refused, Running {
    }

    /**
     * A subscription refused before it ran.
     *
     * @param errors the JSON array of its errors, as graphql-transport-ws's {@code error} message carries them
     */
    public record Refused(String errors) implements Start {
    }

    /**
     * A running subscription: its results, each the JSON of one {@code next} message's payload, from when they are
     * subscribed to. Its resources are released when they end, or by {@link #release()} if no one subscribes.
     */
    public static final class Running implements Start {

        private final Multi<String> results;
        private final Runnable release;
        private final AtomicBoolean released = new AtomicBoolean();

        private Running(Publisher<ExecutionResult> results, Runnable release) {
            this.release = release;
            this.results = Multi.createFrom().publisher(AdaptersToFlow.publisher(results))
                    .map(SubscriptionExecution::json)
                    .onTermination().invoke(this::release);
        }

        public Multi<String> results() {
            return results;
        }

        /** Releases what the subscription holds; once, whoever calls it first. */
        public void release() {
            if (released.compareAndSet(false, true)) {
                release.run();
            }
        }
    }

    /**
     * Prepares and starts a subscription; blocking (it may prepare a document and run the resolvers' first step), so
     * not on an event loop.
     *
     * @param payload the {@code payload} of a {@code subscribe} message: query, operationName, variables, extensions
     * @param requester who subscribes
     */
    public Start start(Map<String, Object> payload, SecurityIdentity requester) {
        Optional<ApiError> malformed = GraphQLRequestReader.malformed(payload.get("query"),
                payload.get("operationName"), payload.get("variables"), payload.get("extensions"));
        if (malformed.isPresent()) {
            return refused(malformed.get());
        }
        if (!(payload.get("query") instanceof String query) || query.isBlank()) {
            return refused(ApiErrors.of(ErrorCode.BAD_USER_INPUT, "The subscribe message has no query: over WebSocket,"
                    + " send the document's text."));
        }
        if (!trusted.allows(query)) {
            return refused(ApiErrors.of(ErrorCode.DOCUMENT_NOT_TRUSTED, TrustedDocuments.REFUSAL));
        }
        PreparedDocument document = preparedDocuments.prepare(query);
        if (document.entry().hasErrors()) {
            return new Refused(errors(document.entry().getErrors()));
        }
        String operationName = GraphQLRequestReader.named((String) payload.get("operationName"));
        if (DocumentGate.runs(document, operationName, OperationDefinition.Operation.QUERY)
                || DocumentGate.runs(document, operationName, OperationDefinition.Operation.MUTATION)) {
            return refused(ApiErrors.of(ErrorCode.BAD_USER_INPUT, SUBSCRIPTIONS_ONLY));
        }
        Map<String, Object> variables = GraphQLRequestReader.orEmpty(payload.get("variables"));
        Optional<ApiError> invalidVariable = scalarVariables.invalid(document.entry().getDocument(), operationName,
                variables);
        if (invalidVariable.isPresent()) {
            return refused(invalidVariable.get());
        }
        return execute(query, operationName, variables, document, requester);
    }

    private Start execute(String query, String operationName, Map<String, Object> variables,
            PreparedDocument document, SecurityIdentity requester) {
        ManagedContext requestContext = Arc.container().requestContext();
        requestContext.activate();
        ContextState state = requestContext.getState();
        Result result = new Result();
        try {
            identityAssociation.setIdentity(requester);
            smallRyeQueryCache.share(query, document);
            executionService.executeSync(input(query, operationName, variables), metadata(state), result);
        } finally {
            smallRyeQueryCache.forgetPending();
            SmallRyeContextManager.clearCurrentSmallRyeContext();
            requestContext.deactivate();
        }
        if (result.results != null) {
            return new Running(result.results, () -> requestContext.destroy(state));
        }
        requestContext.destroy(state);
        return result.refused;
    }

    /** A fresh context for each operation: what Quarkus's data fetchers read, and SmallRye adds its own to. */
    private static Map<String, Object> metadata(ContextState state) {
        Map<String, Object> metadata = new ConcurrentHashMap<>();
        // on a worker thread already: the fetchers call the resolvers right away
        metadata.put("runBlocking", true);
        metadata.put("httpHeaders", Map.of());
        // what a fetcher activates the request context with, for the first step and for each event
        metadata.put("state", state);
        return metadata;
    }

    private static jakarta.json.JsonObject input(String query, String operationName, Map<String, Object> variables) {
        JsonObjectBuilder input = JSON.createObjectBuilder().add("query", query);
        if (operationName != null) {
            input.add("operationName", operationName);
        }
        if (!variables.isEmpty()) {
            input.add("variables", JSON.createObjectBuilder(variables));
        }
        return input.build();
    }

    /** The JSON of one result, written on the thread that resolved it, whose SmallRye context is then cleared. */
    private static String json(ExecutionResult result) {
        try {
            return ExecutionResultJson.write(result, null).toString();
        } finally {
            SmallRyeContextManager.clearCurrentSmallRyeContext();
        }
    }

    /** The errors of a subscribe that the transport refuses itself (a limit), in the API's shape, as a JSON array. */
    public static String refusal(ErrorCode code, String message) {
        return errors(List.of(ApiErrors.of(code, message)));
    }

    /** The errors of a subscription that failed unexpectedly, as a JSON array. */
    public static String internalError() {
        return refusal(ErrorCode.INTERNAL_SERVER_ERROR, ApiErrors.INTERNAL_ERROR_MESSAGE);
    }

    private static Refused refused(GraphQLError error) {
        return new Refused(errors(List.of(error)));
    }

    private static String errors(List<? extends GraphQLError> errors) {
        return ExecutionResultJson.errorList(errors).toString();
    }

    /** What SmallRye's execution gives: a stream of results, or the errors that kept it from starting. */
    private static final class Result implements ExecutionResponseWriter {

        private static final Logger LOG = Logger.getLogger(SubscriptionExecution.class);

        private Publisher<ExecutionResult> results;
        private Refused refused;

        @Override
        @SuppressWarnings("unchecked")
        public void write(ExecutionResponse response) {
            ExecutionResult result = response.getExecutionResult();
            if (result.isDataPresent() && result.getData() instanceof Publisher<?> publisher) {
                // graphql-java's subscription strategy publishes execution results
                results = (Publisher<ExecutionResult>) publisher;
            } else if (result.getErrors().isEmpty()) {
                LOG.errorf("A subscription started without a stream of results: %s", result);
                refused = new Refused(internalError());
            } else {
                refused = new Refused(errors(result.getErrors()));
            }
        }

        @Override
        public void fail(Throwable failure) {
            LOG.error("A subscription failed to start", failure);
            refused = new Refused(internalError());
        }

    }
}
