package io.newsgraph.operations;

import java.util.Collection;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Singleton;

import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SpanExporter;

/**
 * An exporter that keeps the finished spans in memory, for the tests that check them: an alternative enabled for every
 * {@code @QuarkusTest} by its priority, it takes the place of the OTLP exporter. Spans reach it only where an endpoint
 * is configured (OperationTracesTest's profile): without one, as in the other tests and by default, none is recorded,
 * which TracesWithoutEndpointTest checks. The spans come within {@code %test.quarkus.otel.bsp.schedule.delay}.
 */
@Alternative
@Priority(1)
@Singleton
public class RecordedSpans implements SpanExporter {

    private final Collection<SpanData> spans = new ConcurrentLinkedQueue<>();

    /** The spans exported so far, in the order they ended. */
    public List<SpanData> finished() {
        return List.copyOf(spans);
    }

    @Override
    public CompletableResultCode export(Collection<SpanData> exported) {
        spans.addAll(exported);
        return CompletableResultCode.ofSuccess();
    }

    @Override
    public CompletableResultCode flush() {
        return CompletableResultCode.ofSuccess();
    }

    @Override
    public CompletableResultCode shutdown() {
        return CompletableResultCode.ofSuccess();
    }
}
