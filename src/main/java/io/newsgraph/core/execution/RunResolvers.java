package io.newsgraph.core.execution;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

import graphql.ExecutionResult;
import io.newsgraph.core.cache.tracking.RequestReads;
import io.newsgraph.core.json.ExecutionResultJson;
import io.newsgraph.core.pipeline.Answer;
import io.newsgraph.core.pipeline.Chain;
import io.newsgraph.core.pipeline.Exchange;
import io.newsgraph.core.pipeline.Stage;
import io.opentelemetry.context.Scope;
import io.quarkus.arc.Arc;
import io.quarkus.arc.InjectableContext.ContextState;
import io.quarkus.arc.ManagedContext;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.smallrye.mutiny.Uni;
import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.RoutingContext;

/**
 * Answers what reaches the end of the pipeline with SmallRye GraphQL's resolvers (mutations, introspection, reads the
 * planner leaves), on a worker thread of the request's own, in the set-up the resolvers expect: a request context, the
 * requester's security identity, the current Vert.x request, and the operation's span current, so that the spans of
 * their SQL statements are its children. What they read is recorded where the exchange says ({@link RequestReads}).
 */
@ApplicationScoped
public class RunResolvers implements Stage {

    private final SmallRyeExecution execution;
    private final CurrentVertxRequest currentVertxRequest;
    private final Instance<CurrentIdentityAssociation> identityAssociation;
    private final RequestReads requestReads;

    RunResolvers(SmallRyeExecution execution, CurrentVertxRequest currentVertxRequest,
            Instance<CurrentIdentityAssociation> identityAssociation, RequestReads requestReads) {
        this.execution = execution;
        this.currentVertxRequest = currentVertxRequest;
        this.identityAssociation = identityAssociation;
        this.requestReads = requestReads;
    }

    @Override
    public Uni<Answer> handle(Exchange exchange, Chain chain) {
        return exchange.blocking(() -> run(exchange));
    }

    @SuppressWarnings("try") // the operation's span is current while the scope is open; the block never names it
    private Answer run(Exchange exchange) {
        ManagedContext requestContext = Arc.container().requestContext();
        boolean ownRequestContext = !requestContext.isActive();
        if (ownRequestContext) {
            requestContext.activate();
        }
        ContextState state = requestContext.getState();
        RoutingContext http = exchange.http();
        try (Scope current = exchange.span().makeCurrent()) {
            associateIdentity(http);
            currentVertxRequest.setCurrent(http);
            requestReads.recordInto(exchange.reads());
            SmallRyeExecution.Executed executed = execution.execute(exchange.request(), exchange.document(),
                    headers(http.request().headers()), state);
            return answer(executed);
        } finally {
            // Quarkus's data fetchers deactivate the request context after each field, so it is made current again
            requestContext.activate(state);
            if (ownRequestContext) {
                requestContext.terminate();
            }
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

    private static Map<String, List<String>> headers(MultiMap headers) {
        Map<String, List<String>> copy = new HashMap<>();
        for (String name : headers.names()) {
            copy.put(name, headers.getAll(name));
        }
        return copy;
    }

    private static Answer answer(SmallRyeExecution.Executed executed) {
        ExecutionResult result = executed.result();
        Buffer body = ExecutionResultJson.write(result, executed.addedExtensions());
        if (!result.isDataPresent()) {
            return new Answer.Failed(body);
        }
        return result.getErrors().isEmpty() ? Answer.Complete.of(body) : new Answer.Partial(body);
    }
}
