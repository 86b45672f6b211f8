package io.newsgraph.core.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import graphql.schema.GraphQLSchema;
import io.agroal.api.AgroalDataSource;
import io.newsgraph.testing.differential.CaseGroup;
import io.newsgraph.testing.differential.DifferentialRun;
import io.newsgraph.testing.differential.Draws;
import io.newsgraph.testing.differential.KnownValues;
import io.newsgraph.testing.differential.OperationGenerator;
import io.newsgraph.testing.differential.ReadCase;
import io.newsgraph.testing.differential.ReadFixtures;
import io.newsgraph.testing.differential.ReadRequest;
import io.newsgraph.testing.differential.ServedSchema;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Issue 7, item 4: the read planner answers exactly as SmallRye GraphQL's resolvers do. Every read fixture and
 * hundreds of operations generated from a seed go down both paths of the same service, on the same database, and
 * the answers must be byte-identical, errors included; see {@link CaseGroup} for what each kind of read is held
 * to. Until the planner answers reads, both requests reach the resolvers and the test checks the generator.
 * <p>
 * Another seed: {@code ./mvnw test -Dtest=PlannedReadsDifferentialTest -Dnewsgraph.differential.seed=42}; more
 * operations: {@code -Dnewsgraph.differential.operations=5000}.
 */
@QuarkusTest
class PlannedReadsDifferentialTest {

    static final String SEED = "newsgraph.differential.seed";
    static final String OPERATIONS = "newsgraph.differential.operations";
    private static final long DEFAULT_SEED = 20_261_201L;
    private static final int DEFAULT_OPERATIONS = 500;
    /** Fixture variables: a first round from the sample content, then rounds that use ids and cursors learnt. */
    private static final int FIXTURE_ROUNDS = 4;

    private static final Logger LOG = Logger.getLogger(PlannedReadsDifferentialTest.class);

    @Inject
    AgroalDataSource dataSource;

    @BeforeEach
    void countConnections() {
        dataSource.getConfiguration().setMetricsEnabled(true);
    }

    @Test
    void theHeaderThatForcesTheResolverPathIsHonouredHere() {
        // without it both requests would take the same path and every comparison would hold trivially
        assertEquals(Optional.of(true), ConfigProvider.getConfig()
                .getOptionalValue("newsgraph.planner.path-header-enabled", Boolean.class));
    }

    @Test
    void everyReadFixtureAnswersTheSameOnBothPaths() {
        long seed = Long.getLong(SEED, DEFAULT_SEED);
        GraphQLSchema schema = ServedSchema.fetch();
        KnownValues known = new KnownValues().withHiddenComments();
        ReadFixtures fixtures = new ReadFixtures(schema, known, new Draws(seed));
        DifferentialRun run = new DifferentialRun(schema, known, this::connectionsTaken);
        List<ReadFixtures.Fixture> reads = ReadFixtures.reads();
        Set<String> sent = new HashSet<>();
        long start = System.nanoTime();
        for (int round = 1; round <= FIXTURE_ROUNDS; round++) {
            for (ReadFixtures.Fixture fixture : reads) {
                Optional<ReadRequest> request = fixtures.withVariables(fixture);
                if (request.isPresent() && sent.add(new String(request.get().body()))) {
                    run.check(new ReadCase("fixture " + fixture.name() + " round " + round, CaseGroup.FIXTURE,
                            request.get(), Set.of("fixture " + fixture.name()), null));
                } else if (request.isEmpty()) {
                    run.report().note("fixture " + fixture.name() + " skipped in round " + round
                            + ": a required variable has no value yet");
                }
            }
        }
        finish(run, known, "Read fixtures (" + reads.size() + " documents), seed " + seed, start, String.valueOf(seed));
    }

    @Test
    void generatedOperationsAnswerTheSameOnBothPaths() {
        long seed = Long.getLong(SEED, DEFAULT_SEED);
        int operations = Integer.getInteger(OPERATIONS, DEFAULT_OPERATIONS);
        GraphQLSchema schema = ServedSchema.fetch();
        KnownValues known = new KnownValues().withHiddenComments();
        OperationGenerator generator = new OperationGenerator(schema, known, seed);
        DifferentialRun run = new DifferentialRun(schema, known, this::connectionsTaken);
        long start = System.nanoTime();
        for (int number = 1; number <= operations; number++) {
            run.check(generator.next(number));
        }
        finish(run, known, "Generated operations, seed " + seed, start,
                seed + (operations == DEFAULT_OPERATIONS ? "" : " -D" + OPERATIONS + "=" + operations));
    }

    /** Logs the report, and fails with every broken promise and how to run the same operations again. */
    private void finish(DifferentialRun run, KnownValues known, String title, long start, String seedArguments) {
        LOG.info(run.report().summary(title, System.nanoTime() - start, known));
        run.failures("Rerun the same operations with ./mvnw test -Dtest=" + getClass().getSimpleName() + " -D" + SEED
                + "=" + seedArguments + "\n").ifPresent(failures -> {
                    throw new AssertionError(failures);
                });
    }

    private long connectionsTaken() {
        return dataSource.getMetrics().acquireCount();
    }
}
