package io.newsgraph.core.security;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The packaged application, started as in production with a database and the development key of {@code dev/jwt/},
 * refuses to start. (The other integration tests start it with a key of their own.)
 */
class DevelopmentKeyRefusedIT {

    private static final Path JAR = Path.of("target", "quarkus-app", "quarkus-run.jar");

    @Test
    void thePackagedApplicationDoesNotStartWithTheDevelopmentKey() throws Exception {
        Path output = Files.createTempFile("newsgraph-development-key", ".log");
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            List<String> command = new ArrayList<>(launcher());
            command.addAll(1, List.of(
                    "-Dquarkus.datasource.jdbc.url=" + postgres.getJdbcUrl("postgres", "postgres"),
                    "-Dquarkus.datasource.username=postgres", "-Dquarkus.datasource.password=postgres",
                    "-Dquarkus.http.port=0", "-Dmp.jwt.verify.publickey.location=dev/jwt/public-key.pem"));
            Process application = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile())
                    .start();
            boolean exited = application.waitFor(120, TimeUnit.SECONDS);
            if (!exited) {
                application.destroyForcibly();
            }
            String log = Files.readString(output);
            assertTrue(exited, () -> "still running with the development key:\n" + log);
            assertNotEquals(0, application.exitValue());
            assertTrue(log.contains("development key"), () -> "no word of the development key:\n" + log);
        } finally {
            Files.deleteIfExists(output);
        }
    }

    /** The native executable when the build made one, else the jar. */
    private static List<String> launcher() {
        String nativeImage = System.getProperty("native.image.path");
        if (nativeImage != null && new File(nativeImage).isFile()) {
            return List.of(nativeImage);
        }
        return List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString());
    }
}
