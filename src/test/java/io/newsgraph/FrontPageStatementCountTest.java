package io.newsgraph;

import static io.newsgraph.testing.GraphQLAssertions.assertNoErrors;
import static io.newsgraph.testing.GraphQLClient.executeOnResolvers;
import static io.newsgraph.testing.GraphQLClient.variables;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * On the resolvers' path, nested fields resolve in batches: a request costs a fixed number of SQL statements,
 * whatever its page size. Counted with Hibernate's statistics, which the test profile turns on. (The read
 * planner answers these documents with one statement, outside Hibernate.)
 */
@QuarkusTest
class FrontPageStatementCountTest {

    private static final Logger LOG = Logger.getLogger(FrontPageStatementCountTest.class);
    private static final int MOST_STATEMENTS = 6;

    @Inject
    SessionFactory sessionFactory;

    @Test
    void theFrontPageCostsTheSameForTwoAndTwentyArticles() {
        long forTwo = statementsFor("front-page", 2);
        long forTwenty = statementsFor("front-page", 20);
        LOG.infof("Front page: %d SQL statements for 2 articles, %d for 20", forTwo, forTwenty);
        assertTrue(forTwo > 0, "statements must be counted");
        assertEquals(forTwo, forTwenty);
        assertTrue(forTwenty <= MOST_STATEMENTS, () -> forTwenty + " statements for the front page");
    }

    @Test
    void nestedListsCostTheSameForOneAndForOneHundredParents() {
        assertEquals(statementsFor("directories", 1), statementsFor("directories", 100));
    }

    private long statementsFor(String document, int first) {
        Statistics statistics = sessionFactory.getStatistics();
        statistics.clear();
        assertNoErrors(executeOnResolvers(document, variables("first", first)));
        return statistics.getPrepareStatementCount();
    }
}
