package io.newsgraph.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

import io.quarkus.test.common.DevServicesContext;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Gives the packaged application under {@code @QuarkusIntegrationTest} a database: the external one
 * of {@code QUARKUS_DATASOURCE_JDBC_URL} when set, otherwise an embedded PostgreSQL started here. The
 * embedded PostgreSQL extension covers {@code @QuarkusTest} itself but is not part of the package.
 */
@QuarkusTestResource(PostgresTestResource.class)
public class PostgresTestResource implements QuarkusTestResourceLifecycleManager, DevServicesContext.ContextAware {

    /** What the packaged application is run with in the tests, whichever database it gets. */
    private static final Map<String, String> TEST_SETTINGS = Map.of(
            "newsgraph.sample-data", "true",
            // the tests compare the planner's answers with the resolvers'
            "newsgraph.planner.path-header-enabled", "true",
            // and count the statements and the paths that answer, as %test does
            "newsgraph.response-cache.enabled", "false",
            // as %test has it, for the same reason: application.properties says why
            "quarkus.shutdown.timeout", "1S",
            // as %test has them: HeaderReadTimeoutTest waits the idle timeout out
            "quarkus.http.idle-timeout", "8S",
            "newsgraph.websocket.keep-alive", "2S");

    private boolean integrationTest;
    private EmbeddedPostgres postgres;

    @Override
    public void setIntegrationTestContext(DevServicesContext context) {
        integrationTest = true;
    }

    @Override
    public Map<String, String> start() {
        if (!integrationTest) {
            return Map.of();
        }
        if (System.getenv("QUARKUS_DATASOURCE_JDBC_URL") != null) {
            return TEST_SETTINGS;
        }
        try {
            postgres = EmbeddedPostgres.builder().start();
        } catch (IOException e) {
            throw new UncheckedIOException("The embedded PostgreSQL did not start", e);
        }
        Map<String, String> settings = new HashMap<>(TEST_SETTINGS);
        settings.put("quarkus.datasource.jdbc.url", postgres.getJdbcUrl("postgres", "postgres"));
        settings.put("quarkus.datasource.username", "postgres");
        settings.put("quarkus.datasource.password", "postgres");
        return settings;
    }

    @Override
    public void stop() {
        if (postgres != null) {
            try {
                postgres.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
