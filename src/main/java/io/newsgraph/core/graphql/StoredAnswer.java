package io.newsgraph.core.graphql;

import io.vertx.core.buffer.Buffer;

/**
 * An answer kept to be sent again, as {@link StoredAnswers} find them: the bytes of a clean answer (data, no errors),
 * written as {@link GraphQLResponses} sent them, with their SHA-256 computed once, when it is stored. The entity tag of
 * every response with these bytes comes from that digest, so an answer sent from the store and the same answer computed
 * again have the same ETag, and an answer whose bytes changed has another.
 */
public final class StoredAnswer {

    private final Buffer body;
    private final String digest;

    private StoredAnswer(Buffer body, String digest) {
        this.body = body;
        this.digest = digest;
    }

    /** An answer to keep, with its bytes' digest. */
    static StoredAnswer of(Buffer body) {
        return new StoredAnswer(body, Sha256.base64Url(body));
    }

    /** An answer kept before, with the digest computed when it was stored. */
    static StoredAnswer of(Buffer body, String digest) {
        return new StoredAnswer(body, digest);
    }

    public Buffer body() {
        return body;
    }

    String digest() {
        return digest;
    }
}
