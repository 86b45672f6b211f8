package io.newsgraph.core.http;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.newsgraph.core.error.ApiErrors;
import io.newsgraph.core.error.ErrorCode;
import io.newsgraph.core.pipeline.Answer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;

/**
 * What every request to the GraphQL endpoint must be, whoever sends it, checked before Quarkus's CORS and security
 * filters see it, as the GraphQL over HTTP specification describes it: an acceptable media type (406 otherwise), GET
 * only where SmallRye's {@code http.get.enabled} allows it (405), and a POST body in JSON (415 for other content types,
 * including those a browser sends cross-site without a preflight). The body's size is bounded in between, by the
 * gate's route ({@link GraphQLEndpoint}).
 */
@ApplicationScoped
class Gate {

    private static final String JSON = "application/json";

    private final AnswerWriter writer;
    private final boolean getEnabled;

    Gate(AnswerWriter writer,
            @ConfigProperty(name = "quarkus.smallrye-graphql.http.get.enabled", defaultValue = "false") boolean getEnabled) {
        this.writer = writer;
        this.getEnabled = getEnabled;
    }

    /** The media type the answer can be written in, and the method. */
    void negotiate(RoutingContext context) {
        if (ResponseMediaType.negotiate(context.parsedHeaders().accept()).isEmpty()) {
            refuse(context, Answer.Refused.of(406, ApiErrors.of(ErrorCode.BAD_USER_INPUT, "This endpoint answers with "
                    + "application/graphql-response+json or application/json.")));
        } else if (context.request().method() == HttpMethod.GET && !getEnabled) {
            refuse(context, Answer.Refused.of(405, ApiErrors.of(ErrorCode.BAD_USER_INPUT, "Send the request with POST."))
                    .with(HttpHeaders.ALLOW.toString(), "POST"));
        } else {
            context.next();
        }
    }

    /** The content type of a POST body: form, multipart and text/plain bodies are what a cross-site form can send. */
    void checkContentType(RoutingContext context) {
        String contentType = context.request().getHeader(HttpHeaders.CONTENT_TYPE);
        if (context.request().method() == HttpMethod.POST
                && (contentType == null || !contentType.toLowerCase().startsWith(JSON))) {
            refuse(context, Answer.Refused.of(415, ApiErrors.of(ErrorCode.BAD_USER_INPUT, "Send the request as " + JSON
                    + ".")));
        } else {
            context.next();
        }
    }

    private void refuse(RoutingContext context, Answer.Refused refusal) {
        writer.refuse(context, refusal);
    }
}
