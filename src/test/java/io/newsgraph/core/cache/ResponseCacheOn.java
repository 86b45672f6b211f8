package io.newsgraph.core.cache;

import java.util.List;
import java.util.Map;

import io.newsgraph.testing.Varnish;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * The response cache on, as in production, where the other tests have it off. Set by a test resource that starts after
 * {@link io.newsgraph.testing.PostgresTestResource}: in integration tests the properties of test resources win over a
 * profile's overrides. A profile of its own also gives these tests a database of their own, which they write to.
 * <p>
 * New comments are approved at once here too, as a site without moderation has them (CommentsApprovedAtOnceTest): none
 * of the cache's tests adds a comment through the API, and one profile for both starts the application once for them.
 */
public class ResponseCacheOn implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("newsgraph.comments.approve-at-once", "true");
    }

    @Override
    public List<TestResourceEntry> testResources() {
        // and purging Varnish in front of it, where Varnish is installed: EdgeTest reads through it
        return List.of(new TestResourceEntry(Switch.class), new TestResourceEntry(Varnish.class));
    }

    public static class Switch implements QuarkusTestResourceLifecycleManager {

        @Override
        public Map<String, String> start() {
            return Map.of("newsgraph.response-cache.enabled", "true");
        }

        @Override
        public void stop() {
        }

        @Override
        public int order() {
            // after PostgresTestResource, whose properties turn the cache off
            return 1;
        }
    }
}
