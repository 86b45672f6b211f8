package io.newsgraph.core.observability;

import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.Config;

import io.opentelemetry.sdk.autoconfigure.AutoConfiguredOpenTelemetrySdkBuilder;
import io.opentelemetry.sdk.trace.samplers.Sampler;
import io.quarkus.opentelemetry.runtime.AutoConfiguredOpenTelemetrySdkBuilderCustomizer;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.DefaultValuesConfigSource;
import io.smallrye.config.SmallRyeConfig;

/**
 * Records spans only when an OTLP endpoint is configured ({@value #ENDPOINT}, or
 * {@code quarkus.otel.exporter.otlp.endpoint} which it falls back to). Without one, Quarkus would send them to its
 * default, localhost:4317, where nothing listens, and it has no setting that turns its exporter off at run time. So
 * with no endpoint every span stays unrecorded (the always-off sampler): nothing is exported and next to nothing is
 * spent, while the trace context still flows, so that a caller's W3C {@code traceparent} is continued and the logs
 * carry the trace id. With one, the sampler that {@code quarkus.otel.traces.sampler} names decides, as usual.
 */
@Singleton
class SamplingWithCollector implements AutoConfiguredOpenTelemetrySdkBuilderCustomizer {

    static final String ENDPOINT = "quarkus.otel.exporter.otlp.traces.endpoint";

    private final boolean endpointConfigured;

    SamplingWithCollector(Config config) {
        ConfigValue endpoint = config.unwrap(SmallRyeConfig.class).getConfigValue(ENDPOINT);
        // Quarkus gives the endpoint its default in the lowest source of all, below every configured value
        this.endpointConfigured = endpoint.getValue() != null
                && endpoint.getConfigSourceOrdinal() > DefaultValuesConfigSource.ORDINAL;
    }

    @Override
    public void customize(AutoConfiguredOpenTelemetrySdkBuilder builder) {
        if (!endpointConfigured) {
            builder.addSamplerCustomizer((configured, properties) -> Sampler.alwaysOff());
        }
    }
}
