package io.newsgraph.operations;

import java.util.Collection;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Singleton;

import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SpanExporter;

/**
 * An exporter that keeps the finished spans in memory, for the tests that check them: enabled as an alternative by
 * their test profile, it takes the place of the OTLP exporter.
 */
@Alternative
@Singleton
public class RecordedSpans implements SpanExporter {

    /**
     * The batch span processor's delay between exports, which the tests' profiles shorten from its 5 s, so that a
     * test sees its spans, or that none came, in a fraction of a second.
     */
    public static final String EXPORT_DELAY = "quarkus.otel.bsp.schedule.delay";
    public static final String EXPORT_DELAY_VALUE = "100ms";

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
