package io.newsgraph.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The Kubernetes manifest the package writes (quarkus-kubernetes, from application.properties) applies as generated to
 * a plain cluster, and its parts agree with each other: the JVM's memory fits the container's limit, and the probes
 * are the service's health checks.
 */
class KubernetesManifestIT {

    private static final Path MANIFEST = Path.of("target/kubernetes/kubernetes.json");
    private static final long MIB = 1024 * 1024;
    /**
     * What the JVM holds beyond its capped heap, metaspace and code cache: the direct buffers of the network layer,
     * thread stacks, the garbage collector's own structures, the JVM and its libraries, and the start-up archive
     * mapped from the image; bench/RESULTS.md has the resident memory measured after a load.
     */
    private static final long BEYOND_THE_CAPS = 96 * MIB;

    private static List<JsonNode> resources;

    @BeforeAll
    static void readManifest() throws IOException {
        JsonNode root = new ObjectMapper().readTree(MANIFEST.toFile());
        resources = new ArrayList<>();
        (root.has("items") ? root.get("items") : root).forEach(resources::add);
    }

    @Test
    void holdsOnlyKindsThatEveryClusterKnows() {
        assertEquals(List.of("Deployment", "Service"), resources.stream().map(r -> r.get("kind").asText()).sorted().toList(),
                "a kind that needs a custom resource definition (such as the Prometheus Operator's ServiceMonitor) makes"
                        + " kubectl apply refuse the file on a cluster without it");
    }

    @Test
    void theJvmFitsTheContainersMemoryLimit() {
        JsonNode container = container();
        String javaOptions = environment(container).get("JAVA_OPTS");
        long heap = memoryOption(javaOptions, "-Xmx");
        assertEquals(memoryOption(javaOptions, "-Xms"), heap, "a fixed heap, so that the resident memory is known");
        long jvm = heap + memoryOption(javaOptions, "-XX:MaxMetaspaceSize=")
                + memoryOption(javaOptions, "-XX:ReservedCodeCacheSize=") + BEYOND_THE_CAPS;
        JsonNode resources = container.get("resources");
        long limit = quantity(resources.get("limits").get("memory").asText());
        long request = quantity(resources.get("requests").get("memory").asText());
        assertTrue(jvm <= limit, () -> "the JVM may take " + jvm / MIB + " MiB, over the limit of " + limit / MIB + " MiB");
        assertTrue(request <= limit, "the memory request is under the limit");
        assertTrue(javaOptions.contains("-XX:+ExitOnOutOfMemoryError"),
                "a copy that runs out of heap exits, so that Kubernetes replaces it");
    }

    @Test
    void theProbesAreTheHealthChecksAndAStartMayTakeFiveMinutes() {
        JsonNode container = container();
        assertEquals("/q/health/started", container.at("/startupProbe/httpGet/path").asText());
        assertEquals("/q/health/ready", container.at("/readinessProbe/httpGet/path").asText());
        assertEquals("/q/health/live", container.at("/livenessProbe/httpGet/path").asText());
        JsonNode startup = container.get("startupProbe");
        long budget = startup.get("periodSeconds").asLong() * startup.get("failureThreshold").asLong();
        assertTrue(budget >= 300, () -> "a start that migrates the database gets " + budget + " s, not five minutes");
    }

    private static JsonNode container() {
        JsonNode deployment = resources.stream().filter(r -> r.get("kind").asText().equals("Deployment")).findFirst()
                .orElseThrow();
        return deployment.at("/spec/template/spec/containers/0");
    }

    private static Map<String, String> environment(JsonNode container) {
        Map<String, String> environment = new HashMap<>();
        StreamSupport.stream(container.get("env").spliterator(), false)
                .filter(variable -> variable.has("value"))
                .forEach(variable -> environment.put(variable.get("name").asText(), variable.get("value").asText()));
        return environment;
    }

    private static long memoryOption(String javaOptions, String option) {
        Matcher matcher = Pattern.compile("(?:^|\\s)" + Pattern.quote(option) + "(\\d+)([kKmMgG])").matcher(javaOptions);
        assertTrue(matcher.find(), () -> "no " + option + " in " + javaOptions);
        long value = Long.parseLong(matcher.group(1));
        return switch (Character.toLowerCase(matcher.group(2).charAt(0))) {
            case 'k' -> value * 1024;
            case 'm' -> value * MIB;
            default -> value * 1024 * MIB;
        };
    }

    /** A Kubernetes memory quantity in the binary units the manifest uses (Mi, Gi). */
    private static long quantity(String quantity) {
        Matcher matcher = Pattern.compile("(\\d+)(Mi|Gi)").matcher(quantity);
        assertTrue(matcher.matches(), () -> "unexpected quantity " + quantity);
        long value = Long.parseLong(matcher.group(1));
        return matcher.group(2).equals("Mi") ? value * MIB : value * 1024 * MIB;
    }
}
