package io.newsgraph.core.planning;

import static io.newsgraph.testing.GraphQLAssertions.assertNoErrors;
import static io.newsgraph.testing.GraphQLClient.execute;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.newsgraph.testing.FixtureVariables;
import io.newsgraph.testing.ReadPathMetrics;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** {@code newsgraph.planner.enabled=false} leaves every read to the resolvers, which answer it as well. */
@QuarkusTest
@TestProfile(PlannerDisabledTest.PlannerOff.class)
class PlannerDisabledTest {

    public static class PlannerOff implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("newsgraph.planner.enabled", "false");
        }
    }

    @Test
    void theResolversAnswerEveryRead() {
        long planned = ReadPathMetrics.answeredBy("planned");
        long resolved = ReadPathMetrics.answeredBy("resolvers");
        assertNoErrors(execute("front-page", FixtureVariables.of("front-page"))).body("data.articles.edges", hasSize(20));
        assertEquals(planned, ReadPathMetrics.answeredBy("planned"));
        assertEquals(resolved + 1, ReadPathMetrics.answeredBy("resolvers"));
    }
}
