package io.newsgraph.core.edge;

import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;

/**
 * A local stand-in for an edge's purge API that records every request it receives and answers with the status it is
 * told to, as Fastly, Cloudflare, a webhook or Varnish would: for the adapters' tests.
 */
final class RecordingEdge implements AutoCloseable {

    /** A request as the edge received it. */
    record Received(String method, String path, MultiMap headers, String body) {
    }

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger status = new AtomicInteger(200);

    RecordingEdge(Vertx vertx) throws Exception {
        this.server = vertx.createHttpServer().requestHandler(request -> request.body().onSuccess(body -> {
            received.add(new Received(request.method().name(), request.path(),
                    MultiMap.caseInsensitiveMultiMap().addAll(request.headers()), body.toString()));
            request.response().setStatusCode(status.get()).end("{}");
        })).listen(0, "127.0.0.1").toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    URI url() {
        return URI.create("http://127.0.0.1:" + server.actualPort());
    }

    /** From now on, every request is answered with this status. */
    void answer(int code) {
        status.set(code);
    }

    List<Received> received() {
        return List.copyOf(received);
    }

    @Override
    public void close() throws ExecutionException, TimeoutException {
        try {
            server.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
