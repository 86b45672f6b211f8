package io.newsgraph.core.observability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/** Operation names come from clients: the metrics keep a bounded number of them, each of a bounded length. */
class OperationMetricsTest {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final OperationMetrics metrics = new OperationMetrics(registry);

    @Test
    void aHundredThousandCharacterNameIsCutToItsFirstHundred() {
        String name = "Long" + "x".repeat(100_000);
        metrics.record(name, "query", true, 1_000);
        metrics.record(name + "y", "query", true, 1_000);
        assertEquals(Set.of(name.substring(0, OperationMetrics.MAX_NAME_LENGTH)), operations());
    }

    @Test
    void namesBeyondTheFirstTwoHundredAreCountedAsOther() {
        for (int i = 0; i < 300; i++) {
            metrics.record("Operation" + i, "query", true, 1_000);
        }
        Set<String> operations = operations();
        assertEquals(201, operations.size());
        assertTrue(operations.contains("other"));
    }

    private Set<String> operations() {
        return registry.getMeters().stream().filter(meter -> meter.getId().getName().equals(OperationMetrics.METER))
                .map(Meter::getId).map(id -> id.getTag("operation")).collect(Collectors.toSet());
    }
}
