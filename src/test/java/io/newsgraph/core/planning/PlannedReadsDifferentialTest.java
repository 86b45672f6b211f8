package io.newsgraph.core.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.security.SecureRandom;
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
import io.newsgraph.testing.differential.Credentials;
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
 * Issue 7, item 4, and issue 17, item 4: the read planner answers exactly as SmallRye GraphQL's resolvers do, for
 * readers, editors and moderators. Every read fixture, sent by each of them, and hundreds of operations generated from
 * a seed go down both paths of the same service, on the same database, and the answers must be byte-identical, errors
 * included; see {@link CaseGroup} for what each kind of read is held to. The operations come from a fixed seed, and from
 * a fresh one on every run, which the log and any failure print; a failure found so becomes a fixture under
 * {@code src/test/resources/graphql}.
 * <p>
 * Replay a fresh seed: {@code ./mvnw test -Dtest=PlannedReadsDifferentialTest -Dnewsgraph.differential.seed=42}; more
 * operations: {@code -Dnewsgraph.differential.operations=5000}.
 */
@QuarkusTest
class PlannedReadsDifferentialTest {

    static final String SEED = "newsgraph.differential.seed";
    static final String OPERATIONS = "newsgraph.differential.operations";
    private static final long FIXED_SEED = 20_261_201L;
    private static final int DEFAULT_OPERATIONS = 500;
    /** Fewer from a fresh seed, which every run adds beside the fixed one's. */
    private static final int DEFAULT_FRESH_OPERATIONS = 200;
    /**
     * Fixture variables: a first round from the sample content, then rounds that use ids and cursors learnt; each
     * round sent by one requester, in this order.
     */
    private static final List<Credentials> FIXTURE_ROUNDS = List.of(Credentials.READER, Credentials.EDITOR,
            Credentials.MODERATOR, Credentials.READER, Credentials.EDITOR);

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
    void everyReadFixtureAnswersTheSameOnBothPathsForEveryRequester() {
        GraphQLSchema schema = ServedSchema.fetch();
        KnownValues known = new KnownValues().withHiddenComments();
        ReadFixtures fixtures = new ReadFixtures(schema, known, new Draws(FIXED_SEED));
        DifferentialRun run = new DifferentialRun(schema, known, this::connectionsTaken);
        List<ReadFixtures.Fixture> reads = ReadFixtures.reads();
        Set<String> sent = new HashSet<>();
        long start = System.nanoTime();
        for (int round = 1; round <= FIXTURE_ROUNDS.size(); round++) {
            Credentials credentials = FIXTURE_ROUNDS.get(round - 1);
            for (ReadFixtures.Fixture fixture : reads) {
                Optional<ReadRequest> request = fixtures.withVariables(fixture).map(read -> read.sentBy(credentials));
                if (request.isPresent() && sent.add(credentials + new String(request.get().body()))) {
                    run.check(new ReadCase("fixture " + fixture.name() + " round " + round, CaseGroup.FIXTURE,
                            request.get(), Set.of("fixture " + fixture.name()), null));
                } else if (request.isEmpty()) {
                    run.report().note("fixture " + fixture.name() + " skipped in round " + round
                            + ": a required variable has no value yet");
                }
            }
        }
        finish(run, known, "Read fixtures (" + reads.size() + " documents), seed " + FIXED_SEED, start,
                "everyReadFixtureAnswersTheSameOnBothPathsForEveryRequester");
    }

    @Test
    void operationsGeneratedFromTheFixedSeedAnswerTheSameOnBothPaths() {
        generate(FIXED_SEED, Integer.getInteger(OPERATIONS, DEFAULT_OPERATIONS), "fixed seed");
    }

    /** A seed no run used before, unless {@value #SEED} replays one. */
    @Test
    void operationsGeneratedFromAFreshSeedAnswerTheSameOnBothPaths() {
        Long replayed = Long.getLong(SEED);
        long seed = replayed != null ? replayed : new SecureRandom().nextLong();
        LOG.infof("Differential operations from the %s seed %d", replayed != null ? "replayed" : "fresh", seed);
        generate(seed, Integer.getInteger(OPERATIONS, DEFAULT_FRESH_OPERATIONS), "fresh seed");
    }

    private void generate(long seed, int operations, String kind) {
        GraphQLSchema schema = ServedSchema.fetch();
        KnownValues known = new KnownValues().withHiddenComments();
        OperationGenerator generator = new OperationGenerator(schema, known, seed);
        DifferentialRun run = new DifferentialRun(schema, known, this::connectionsTaken);
        long start = System.nanoTime();
        for (int number = 1; number <= operations; number++) {
            run.check(generator.next(number));
        }
        finish(run, known, "Generated operations, " + kind + " " + seed, start,
                "operationsGeneratedFromAFreshSeedAnswerTheSameOnBothPaths -D" + SEED + "=" + seed + " -D" + OPERATIONS
                        + "=" + operations);
    }

    /**
     * Logs the report, and fails with every broken promise and how to run the same operations again.
     *
     * @param rerun the test method to run, with the system properties that replay its operations
     */
    private void finish(DifferentialRun run, KnownValues known, String title, long start, String rerun) {
        LOG.info(run.report().summary(title, System.nanoTime() - start, known));
        run.failures("Rerun the same operations with ./mvnw test -Dtest=" + getClass().getSimpleName() + "#" + rerun
                + ", and keep each failure as a fixture under src/test/resources/graphql\n").ifPresent(failures -> {
                    throw new AssertionError(failures);
                });
    }

    private long connectionsTaken() {
        return dataSource.getMetrics().acquireCount();
    }
}
