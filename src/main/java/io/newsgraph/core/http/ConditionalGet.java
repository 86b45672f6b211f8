package io.newsgraph.core.http;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.newsgraph.core.cache.AnswerFromCache;
import io.newsgraph.core.pipeline.Answer;
import io.newsgraph.core.pipeline.Chain;
import io.newsgraph.core.pipeline.Exchange;
import io.newsgraph.core.pipeline.Stage;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;

/**
 * Answers 304 Not Modified to a reader's GET whose If-None-Match names its answer: before anything executes when the
 * response cache holds that answer ({@link AnswerFromCache#find}), and after, when the answer computed again has the
 * bytes the client holds. Every other request goes on untouched. It comes after CORS and authentication, so that a
 * refused origin or token gets its refusal rather than a 304.
 */
@ApplicationScoped
class ConditionalGet implements Stage {

    private final AnswerFromCache cache;

    ConditionalGet(AnswerFromCache cache) {
        this.cache = cache;
    }

    @Override
    public Uni<Answer> handle(Exchange exchange, Chain chain) {
        HttpServerRequest request = exchange.http().request();
        String ifNoneMatch = request.getHeader(HttpHeaders.IF_NONE_MATCH);
        if (request.method() != HttpMethod.GET || ifNoneMatch == null || !exchange.requester().isReader()) {
            return chain.next(exchange);
        }
        ResponseMediaType type = ResponseMediaType.of(exchange.http());
        Optional<Answer.Complete> kept = cache.find(exchange);
        if (kept.isPresent() && names(ifNoneMatch, kept.get(), type)) {
            return Uni.createFrom().item(new Answer.NotModified(kept.get()));
        }
        return chain.next(exchange).map(answer -> answer instanceof Answer.Complete complete
                && names(ifNoneMatch, complete, type) ? new Answer.NotModified(complete) : answer);
    }

    private static boolean names(String ifNoneMatch, Answer.Complete answer, ResponseMediaType type) {
        return EntityTags.matches(ifNoneMatch, EntityTags.of(answer.digest(), type));
    }
}
