package io.newsgraph.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/**
 * The packaged application starts without a warning: every line it writes up to "started in" is a JSON log line
 * (anything else is the JVM or a library writing to the console on its own) below WARN.
 */
@QuarkusIntegrationTest
class CleanStartIT {

    private static final Pattern WARN_OR_WORSE = Pattern.compile("\"level\":\"(WARN|WARNING|ERROR|FATAL)\"");

    @Test
    void thePackageStartsWithoutAWarning() throws IOException {
        // where @QuarkusIntegrationTest writes what the application it launched prints
        Path log = Path.of("target", "quarkus.log");
        List<String> lines = Files.readAllLines(log);
        int started = indexOfStart(lines);
        assertTrue(started >= 0, () -> "no start in " + log + ": " + lines);
        List<String> unclean = lines.subList(0, started + 1).stream()
                .filter(line -> !line.startsWith("{") || WARN_OR_WORSE.matcher(line).find())
                .toList();
        assertEquals(List.of(), unclean);
    }

    private static int indexOfStart(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(") started in ")) {
                return i;
            }
        }
        return -1;
    }
}
