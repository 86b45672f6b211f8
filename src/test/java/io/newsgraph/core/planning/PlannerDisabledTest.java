package io.newsgraph.core.planning;

import static io.newsgraph.testing.GraphQLAssertions.assertNoErrors;
import static io.newsgraph.testing.GraphQLClient.execute;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import io.newsgraph.core.cache.ResponseCacheOnPlannerOff;
import io.newsgraph.testing.FixtureVariables;
import io.newsgraph.testing.ReadPathMetrics;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * {@code newsgraph.planner.enabled=false} leaves every read to the resolvers, which answer it as well. Under the profile
 * of the response cache's tests on the resolvers, which start the application with the planner off already: its front
 * page of twenty is a size none of them reads, so that the cache does not answer it.
 */
@QuarkusTest
@TestProfile(ResponseCacheOnPlannerOff.class)
class PlannerDisabledTest {

    @Test
    void theResolversAnswerEveryRead() {
        long planned = ReadPathMetrics.answeredBy("planned");
        long resolved = ReadPathMetrics.answeredBy("resolvers");
        assertNoErrors(execute("front-page", FixtureVariables.of("front-page"))).body("data.articles.edges", hasSize(20));
        assertEquals(planned, ReadPathMetrics.answeredBy("planned"));
        assertEquals(resolved + 1, ReadPathMetrics.answeredBy("resolvers"));
    }
}
