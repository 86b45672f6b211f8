package io.newsgraph.core.observability;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * Counts and times GraphQL operations by operation name, as the timer {@value #METER}, whichever path answers
 * them, and counts read operations by the path that answered them, as {@value #READS}: the response cache, the planner
 * or the resolvers. Operation names come
 * from clients, so only the first {@value #MAX_NAMES} distinct names get their own series; later ones are
 * counted as {@value #OTHER}, which keeps a hostile client from flooding the metrics. A name is cut to its first
 * {@value #MAX_NAME_LENGTH} characters, so that a hostile one cannot make a label of {@code /q/metrics} as long
 * as a document may be (a name is one token: the token limit does not bound it); names that long are no frontend's.
 */
@ApplicationScoped
public class OperationMetrics {

    static final String METER = "graphql.operations";
    static final String READS = "graphql.reads";
    private static final int MAX_NAMES = 200;
    static final int MAX_NAME_LENGTH = 100;
    private static final String ANONYMOUS = "anonymous";
    private static final String OTHER = "other";

    private final MeterRegistry registry;
    private final Set<String> names = ConcurrentHashMap.newKeySet();
    private final Counter cached;
    private final Counter planned;
    private final Counter resolved;

    OperationMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.cached = readCounter("cache");
        this.planned = readCounter("planned");
        this.resolved = readCounter("resolvers");
    }

    /** One operation, answered with or without errors after {@code nanos}. */
    public void record(String operationName, String type, boolean success, long nanos) {
        Timer.builder(METER)
                .description("GraphQL operations executed, by operation name, type and outcome")
                .tag("operation", boundedName(operationName))
                .tag("type", type)
                .tag("outcome", success ? "success" : "error")
                .publishPercentileHistogram()
                .register(registry)
                .record(nanos, TimeUnit.NANOSECONDS);
    }

    /** A read operation answered from the response cache. */
    public void cached() {
        cached.increment();
    }

    /** A read operation the planner answered with one statement. */
    public void planned() {
        planned.increment();
    }

    /** A read operation left to SmallRye GraphQL's resolvers. */
    public void resolved() {
        resolved.increment();
    }

    private Counter readCounter(String path) {
        return Counter.builder(READS)
                .description("GraphQL read operations, by the path that answered them: the response cache, the planner or"
                        + " the resolvers")
                .tag("path", path)
                .register(registry);
    }

    private String boundedName(String operationName) {
        if (operationName == null) {
            return ANONYMOUS;
        }
        String name = operationName.length() > MAX_NAME_LENGTH ? operationName.substring(0, MAX_NAME_LENGTH)
                : operationName;
        if (names.contains(name) || (names.size() < MAX_NAMES && names.add(name))) {
            return name;
        }
        return OTHER;
    }
}
