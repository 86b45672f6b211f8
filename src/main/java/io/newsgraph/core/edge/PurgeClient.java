package io.newsgraph.core.edge;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;

/** Sends {@link PurgeRequest}s with Vert.x's HTTP client and waits for each: a purge counts once the edge said 2xx. */
final class PurgeClient implements AutoCloseable {

    private final HttpClient client;
    private final Duration timeout;

    PurgeClient(Vertx vertx, Duration timeout) {
        this.client = vertx.createHttpClient(new HttpClientOptions().setConnectTimeout((int) timeout.toMillis()));
        this.timeout = timeout;
    }

    /** Sends the request and waits for its answer; throws {@link PurgeFailed} unless the edge answered 2xx. */
    void send(PurgeRequest request) throws PurgeFailed {
        RequestOptions options = new RequestOptions().setMethod(HttpMethod.valueOf(request.method()))
                .setAbsoluteURI(request.url().toString()).setTimeout(timeout.toMillis());
        request.headers().forEach(options::putHeader);
        int status;
        try {
            status = client.request(options)
                    .compose(sent -> request.body() == null ? sent.send() : sent.send(Buffer.buffer(request.body())))
                    .compose(response -> response.body().map(ignored -> response.statusCode()))
                    .toCompletionStage().toCompletableFuture().get(timeout.toMillis() * 2, TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new PurgeFailed(request.method() + " " + request.url() + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PurgeFailed(request.method() + " " + request.url() + ": interrupted", e);
        }
        if (status / 100 != 2) {
            throw new PurgeFailed(request.method() + " " + request.url() + " answered " + status, null);
        }
    }

    @Override
    public void close() {
        client.close();
    }

    /** A purge the edge did not acknowledge. */
    static final class PurgeFailed extends Exception {

        private static final long serialVersionUID = 1L;

        PurgeFailed(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
