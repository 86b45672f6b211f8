package io.newsgraph.core.graphql;

import java.util.function.BiConsumer;

import jakarta.enterprise.context.ApplicationScoped;

import io.newsgraph.core.error.ApiErrors;
import io.newsgraph.core.error.ErrorCode;
import io.newsgraph.core.security.Requester;
import io.newsgraph.core.security.SecurityRefusals;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;

/**
 * Authenticates a request that carries an {@code Authorization} header before anything answers it, and refuses it
 * with 401 and UNAUTHENTICATED when the header does not hold a valid bearer token: a client that sends credentials
 * is told they failed, rather than being served as a reader. A request with several {@code Authorization} headers is
 * refused with 400 and BAD_USER_INPUT, since which one counts would be a guess (a proxy might have added one, and
 * other servers on the way might read another). Requests without the header pass untouched, without any
 * authentication work. Quarkus authenticates lazily ({@code quarkus.http.auth.proactive=false}), so that this route,
 * and not Quarkus's own, answers the failure in the API's shape; the identity it resolves is the one the resolvers
 * then see.
 */
@ApplicationScoped
class BearerAuthentication {

    private static final BiConsumer<RoutingContext, Throwable> IGNORE_FAILURE = (context, failure) -> {
    };

    private final GraphQLResponses responses;

    BearerAuthentication(GraphQLResponses responses) {
        this.responses = responses;
    }

    void authenticate(RoutingContext context) {
        if (Requester.isAnonymous(context)) {
            context.next();
            return;
        }
        int headers = context.request().headers().getAll(HttpHeaders.AUTHORIZATION).size();
        if (headers > 1) {
            responses.refuse(context, 400, ApiErrors.of(ErrorCode.BAD_USER_INPUT, "The request has " + headers
                    + " Authorization headers: send one, 'Authorization: Bearer <token>'."));
            return;
        }
        // Quarkus's handler would answer with its own challenge, an empty 401: the failure is answered below
        context.put(QuarkusHttpUser.AUTH_FAILURE_HANDLER, IGNORE_FAILURE);
        QuarkusHttpUser.getSecurityIdentity(context, null).subscribe().with(identity -> {
            if (authenticated(identity)) {
                context.next();
            } else {
                refuse(context, "The Authorization header holds no bearer token: send 'Authorization: Bearer <token>'.");
            }
        }, failure -> refuse(context, SecurityRefusals.clientMessage(failure).orElse("The bearer token is not valid: it"
                + " is expired, not signed by a trusted key, or not meant for this service. Get a new one.")));
    }

    private static boolean authenticated(SecurityIdentity identity) {
        return identity != null && !identity.isAnonymous();
    }

    private void refuse(RoutingContext context, String message) {
        context.response().putHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
        responses.refuse(context, 401, ApiErrors.of(ErrorCode.UNAUTHENTICATED, message));
    }
}
