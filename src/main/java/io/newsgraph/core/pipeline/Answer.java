package io.newsgraph.core.pipeline;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import graphql.GraphQLError;
import io.newsgraph.core.digest.Sha256;
import io.newsgraph.core.json.ExecutionResultJson;
import io.newsgraph.core.json.NettyBuffers;
import io.vertx.core.buffer.Buffer;

/**
 * What the {@link Pipeline} answers a request with, as the GraphQL over HTTP specification tells them apart: one place
 * writes each kind with its status code and caching headers ({@code io.newsgraph.core.http.AnswerWriter}).
 */
public sealed interface Answer {

    /** Whether the answer reports errors, which its operation's span then records. */
    boolean hasErrors();

    /** The bytes of the answer: a GraphQL response, in JSON. */
    Buffer body();

    /**
     * Data without errors: the only answer the response cache keeps, caches on the way may share, and an ETag names,
     * by the SHA-256 of its bytes, computed once for all of them.
     */
    final class Complete implements Answer {

        private final Buffer body;
        private volatile String digest;

        private Complete(Buffer body, String digest) {
            this.body = body;
            this.digest = digest;
        }

        /** An answer just computed. */
        public static Complete of(Buffer body) {
            return new Complete(body, null);
        }

        /** An answer kept before, with the digest computed when it was kept. */
        public static Complete kept(Buffer body, String digest) {
            return new Complete(body, digest);
        }

        @Override
        public Buffer body() {
            return body;
        }

        /** The SHA-256 of the bytes, in unpadded URL-safe base64. */
        public String digest() {
            String known = digest;
            if (known == null) {
                known = Sha256.base64Url(NettyBuffers.asNetty(body).nioBuffer());
                digest = known;
            }
            return known;
        }

        @Override
        public boolean hasErrors() {
            return false;
        }
    }

    /** Data with errors (data may be null, when a field that may not be null failed): never kept nor shared. */
    record Partial(Buffer body) implements Answer {

        @Override
        public boolean hasErrors() {
            return true;
        }
    }

    /**
     * Errors and no data: the request failed as a whole, refused before it ran or stopped as it started (400 under
     * {@code application/graphql-response+json}).
     */
    record Failed(Buffer body) implements Answer {

        public static Failed of(List<? extends GraphQLError> errors) {
            return new Failed(ExecutionResultJson.errors(errors));
        }

        @Override
        public boolean hasErrors() {
            return true;
        }
    }

    /**
     * A request that the rules of HTTP, or a limit of the endpoint, do not let through: a status of its own, the
     * headers that go with it (the methods a 405 allows, the challenge of a 401) and the error.
     */
    record Refused(int status, Map<String, String> headers, Buffer body) implements Answer {

        public Refused {
            headers = Map.copyOf(headers);
        }

        public static Refused of(int status, GraphQLError error) {
            return new Refused(status, Map.of(), ExecutionResultJson.errors(List.of(error)));
        }

        /** The same refusal with one more header. */
        public Refused with(String header, String value) {
            Map<String, String> more = new LinkedHashMap<>(headers);
            more.put(header, value);
            return new Refused(status, more, body);
        }

        @Override
        public boolean hasErrors() {
            return true;
        }
    }

    /** The client holds the answer already, as its If-None-Match says: 304 Not Modified, without a body. */
    record NotModified(Complete answer) implements Answer {

        /** What the client holds, which is not sent again. */
        @Override
        public Buffer body() {
            return answer.body();
        }

        @Override
        public boolean hasErrors() {
            return false;
        }
    }
}
