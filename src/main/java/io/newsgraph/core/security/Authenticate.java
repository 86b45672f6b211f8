package io.newsgraph.core.security;

import java.util.function.BiConsumer;

import jakarta.enterprise.context.ApplicationScoped;

import io.newsgraph.core.error.ApiErrors;
import io.newsgraph.core.error.ErrorCode;
import io.newsgraph.core.pipeline.Answer;
import io.newsgraph.core.pipeline.Chain;
import io.newsgraph.core.pipeline.Exchange;
import io.newsgraph.core.pipeline.Requester;
import io.newsgraph.core.pipeline.Stage;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;

/**
 * Authenticates a request that carries an {@code Authorization} header before anything answers it, and refuses it
 * with 401 and UNAUTHENTICATED when the header does not hold a valid bearer token: a client that sends credentials
 * is told they failed, rather than being served as a reader. A request with several {@code Authorization} headers is
 * refused with 400 and BAD_USER_INPUT, since which one counts would be a guess (a proxy might have added one, and
 * other servers on the way might read another). Requests without the header pass untouched, without any
 * authentication work. Quarkus authenticates lazily ({@code quarkus.http.auth.proactive=false}), so that this stage,
 * and not Quarkus's own, answers the failure in the API's shape; the identity it resolves is the one the resolvers
 * then see. WebSocket upgrades are checked the same way ({@link #check}).
 */
@ApplicationScoped
public class Authenticate implements Stage {

    private static final BiConsumer<RoutingContext, Throwable> IGNORE_FAILURE = (context, failure) -> {
    };

    /** What a request's credentials come to. */
    public sealed interface Check {
    }

    /** The requester they prove: a reader when there are none. */
    public record Accepted(Requester requester) implements Check {
    }

    /** The answer that refuses them. */
    public record Rejected(Answer.Refused refusal) implements Check {
    }

    @Override
    public Uni<Answer> handle(Exchange exchange, Chain chain) {
        if (exchange.requester().isReader()) {
            return chain.next(exchange);
        }
        // the identity may be proven on another thread: the stages after this one run on the request's
        return check(exchange.http()).emitOn(exchange.onContext()).onItem().transformToUni(check -> {
            if (check instanceof Rejected rejected) {
                return Uni.createFrom().item(rejected.refusal());
            }
            exchange.requester(((Accepted) check).requester());
            return chain.next(exchange);
        });
    }

    /** Checks the credentials of a request: its {@code Authorization} header, if it has one. */
    public Uni<Check> check(RoutingContext context) {
        int headers = context.request().headers().getAll(HttpHeaders.AUTHORIZATION).size();
        if (headers == 0) {
            return Uni.createFrom().item(new Accepted(new Requester.Reader()));
        }
        if (headers > 1) {
            return Uni.createFrom().item(new Rejected(Answer.Refused.of(400, ApiErrors.of(ErrorCode.BAD_USER_INPUT,
                    "The request has " + headers + " Authorization headers: send one, 'Authorization: Bearer <token>'."))));
        }
        // Quarkus's handler would answer with its own challenge, an empty 401: the failure is answered here
        context.put(QuarkusHttpUser.AUTH_FAILURE_HANDLER, IGNORE_FAILURE);
        return QuarkusHttpUser.getSecurityIdentity(context, null).map(identity -> authenticated(identity)
                ? (Check) new Accepted(new Requester.Authenticated(identity))
                : rejected("The Authorization header holds no bearer token: send 'Authorization: Bearer <token>'."))
                .onFailure().recoverWithItem(failure -> rejected(SecurityRefusals.clientMessage(failure).orElse(
                        "The bearer token is not valid: it is expired, not signed by a trusted key, or not meant for"
                                + " this service. Get a new one.")));
    }

    private static boolean authenticated(SecurityIdentity identity) {
        return identity != null && !identity.isAnonymous();
    }

    private static Check rejected(String message) {
        return new Rejected(Answer.Refused.of(401, ApiErrors.of(ErrorCode.UNAUTHENTICATED, message))
                .with("WWW-Authenticate", "Bearer error=\"invalid_token\""));
    }
}
