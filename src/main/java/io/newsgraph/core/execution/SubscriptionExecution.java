package io.newsgraph.core.execution;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;
import org.reactivestreams.Publisher;

import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.language.OperationDefinition.Operation;
import io.newsgraph.core.documents.PrepareDocument;
import io.newsgraph.core.error.ApiErrors;
import io.newsgraph.core.error.BadUserInputException;
import io.newsgraph.core.error.ErrorCode;
import io.newsgraph.core.json.ExecutionResultJson;
import io.newsgraph.core.pipeline.GraphQLRequest;
import io.newsgraph.core.pipeline.Pipeline;
import io.quarkus.arc.Arc;
import io.quarkus.arc.InjectableContext.ContextState;
import io.quarkus.arc.ManagedContext;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.graphql.execution.context.SmallRyeContextManager;
import io.smallrye.mutiny.Multi;
import mutiny.zero.flow.adapters.AdaptersToFlow;

/**
 * Starts the subscriptions a WebSocket transport receives, under the rules every operation follows over HTTP
 * ({@link PrepareDocument#prepare}): only trusted documents where only those run, the same prepared documents and limits
 * (so that a refusal carries the same {@code extensions.code}), valid variables, and subscriptions only; then SmallRye
 * GraphQL's resolvers run it ({@link SmallRyeExecution}), as the requester.
 * <p>
 * Each subscription gets a GraphQL context and a request context of its own, released when it ends, and SmallRye's
 * thread-local context is cleared after every step that sets it. SmallRye's own WebSocket handler shares one context
 * map between the operations of a socket and leaves its context in the thread-local: a later request captured it, and
 * every finished subscription stayed reachable from the next, until the heap was full.
 */
@ApplicationScoped
public class SubscriptionExecution {

    private static final Logger LOG = Logger.getLogger(SubscriptionExecution.class);
    static final String SUBSCRIPTIONS_ONLY = "Over WebSocket the service runs subscriptions only: send queries and"
            + " mutations over HTTP to " + Pipeline.PATH + ".";

    private final PrepareDocument prepareDocument;
    private final SmallRyeExecution execution;
    private final CurrentIdentityAssociation identityAssociation;

    SubscriptionExecution(PrepareDocument prepareDocument, SmallRyeExecution execution,
            CurrentIdentityAssociation identityAssociation) {
        this.prepareDocument = prepareDocument;
        this.execution = execution;
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
        GraphQLRequest request;
        try {
            request = GraphQLRequest.of(payload.get("query"), payload.get("operationName"), payload.get("variables"),
                    payload.get("extensions"));
        } catch (BadUserInputException e) {
            return refused(ApiErrors.of(ErrorCode.BAD_USER_INPUT, e.getMessage()));
        }
        if (request.query() == null) {
            return refused(ApiErrors.of(ErrorCode.BAD_USER_INPUT, "The subscribe message has no query: over WebSocket,"
                    + " send the document's text."));
        }
        PrepareDocument.Preparation preparation = prepareDocument.prepare(request, Set.of(Operation.SUBSCRIPTION));
        if (preparation instanceof PrepareDocument.Refused refused) {
            return new Refused(errors(refused.errors()));
        }
        if (preparation instanceof PrepareDocument.NotServed) {
            return refused(ApiErrors.of(ErrorCode.BAD_USER_INPUT, SUBSCRIPTIONS_ONLY));
        }
        return execute(request, (PrepareDocument.Ready) preparation, requester);
    }

    private Start execute(GraphQLRequest request, PrepareDocument.Ready ready, SecurityIdentity requester) {
        ManagedContext requestContext = Arc.container().requestContext();
        requestContext.activate();
        ContextState state = requestContext.getState();
        ExecutionResult result = null;
        try {
            identityAssociation.setIdentity(requester);
            result = execution.execute(request, ready.document().document(), Map.of(), state).result();
        } catch (RuntimeException e) {
            LOG.error("A subscription failed to start", e);
        } finally {
            requestContext.deactivate();
        }
        if (result == null) {
            requestContext.destroy(state);
            return new Refused(internalError());
        }
        if (result.isDataPresent() && result.getData() instanceof Publisher<?> publisher) {
            return new Running(results(publisher), () -> requestContext.destroy(state));
        }
        requestContext.destroy(state);
        if (result.getErrors().isEmpty()) {
            LOG.errorf("A subscription started without a stream of results: %s", result);
            return new Refused(internalError());
        }
        return new Refused(errors(result.getErrors()));
    }

    @SuppressWarnings("unchecked") // graphql-java's subscription strategy publishes execution results
    private static Publisher<ExecutionResult> results(Publisher<?> publisher) {
        return (Publisher<ExecutionResult>) publisher;
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
}
