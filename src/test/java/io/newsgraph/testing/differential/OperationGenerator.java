package io.newsgraph.testing.differential;

import java.util.List;
import java.util.Optional;

import graphql.schema.GraphQLSchema;

/**
 * Generates the operations of the differential test from a seed: mostly valid reads, and smaller groups of
 * reads with one invalid argument, reads over a limit, and reads that page a nested list two ways (see
 * {@link CaseGroup}). It draws ids and cursors from {@link KnownValues}, which the answers to its earlier
 * operations fill, so the same seed against the same sample content gives the same operations.
 */
public final class OperationGenerator {

    /** The first operations are all valid reads: they learn the ids and cursors the later ones use. */
    private static final int LEARNING_OPERATIONS = 20;
    private static final int ATTEMPTS = 100;
    private static final List<Integer> DEPTHS = List.of(3, 4, 5, 5, 6, 6, 7, 7, 8, 9, 10, 12);
    private static final List<Integer> FIELD_BUDGETS = List.of(6, 10, 15, 25, 40, 60, 90, 130, 180);
    private static final List<String> ACCEPT = List.of("application/json", "application/graphql-response+json",
            "application/graphql-response+json, application/json;q=0.9");

    private final Draws draws;
    private final SelectionBuilder builder;
    private final DocumentWriter writer;
    private final OperationCheck check;
    private final RefusedOperations refused;

    public OperationGenerator(GraphQLSchema schema, KnownValues known, long seed) {
        this.draws = new Draws(seed);
        this.builder = new SelectionBuilder(schema, new ArgumentChooser(schema, known, draws), draws);
        this.writer = new DocumentWriter(schema, draws);
        this.check = new OperationCheck(schema);
        this.refused = new RefusedOperations(schema, known, draws);
    }

    public ReadCase next(int number) {
        double draw = draws.next();
        CaseGroup group = number <= LEARNING_OPERATIONS || draw < 0.76 ? CaseGroup.REGULAR
                : draw < 0.88 ? CaseGroup.INVALID_ARGUMENT
                        : draw < 0.95 ? CaseGroup.DIVERGENT_ARGUMENTS : CaseGroup.OVER_LIMIT;
        if (group == CaseGroup.OVER_LIMIT) {
            return overLimit(number);
        }
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Optional<ReadCase> generated = attempt(number, group);
            if (generated.isPresent()) {
                return generated.get();
            }
        }
        throw new IllegalStateException("No " + group + " operation #" + number + " in " + ATTEMPTS + " attempts");
    }

    /** An operation of the group, or empty when this draw did not make one under the limits. */
    private Optional<ReadCase> attempt(int number, CaseGroup group) {
        OperationContext context = new OperationContext(group, draws.pick(DEPTHS), draws.pick(FIELD_BUDGETS));
        InvalidArgument invalid = null;
        if (group == CaseGroup.INVALID_ARGUMENT) {
            invalid = draws.pick(List.of(InvalidArgument.values()));
            context.plantInvalid(invalid);
        } else if (group == CaseGroup.DIVERGENT_ARGUMENTS) {
            context.expectDivergentPair();
        }
        Selection root = builder.root(context);
        if (invalid != null && context.invalidSite() == null || context.divergentPending()) {
            return Optional.empty();
        }
        boolean named = draws.chance(0.7);
        boolean withOtherOperation = named && draws.chance(0.06);
        DocumentWriter.Written written = writer.write(root, named ? "Op" + number : null, withOtherOperation, context);
        ReadRequest request = new ReadRequest(written.text(), written.variables(), written.operationName(),
                accept(context), credentials(context));
        boolean mustBeValid = invalid != InvalidArgument.WRONG_LITERAL_TYPE;
        if (check.overBudget(written, request, mustBeValid).isPresent()) {
            return Optional.empty();
        }
        return Optional.of(new ReadCase("#" + number, group, request, context.features(), context.invalidSite()));
    }

    private ReadCase overLimit(int number) {
        RefusedOperations.Limit limit = draws.pick(List.of(RefusedOperations.Limit.values()));
        RefusedOperations.Refused operation = refused.write(limit);
        OperationContext context = new OperationContext(CaseGroup.OVER_LIMIT, 0, 0);
        context.feature(Features.overLimit(limit.name()));
        ReadRequest request = new ReadRequest(operation.text(), operation.variables(), null, accept(context),
                credentials(context));
        return new ReadCase("#" + number, CaseGroup.OVER_LIMIT, request, context.features(), null);
    }

    /** Readers most of the time, as most requests are; editors and moderators, whose reads are planned too, else. */
    private Credentials credentials(OperationContext context) {
        if (draws.chance(0.6)) {
            return Credentials.READER;
        }
        Credentials credentials = draws.pick(List.of(Credentials.EDITOR, Credentials.MODERATOR));
        context.feature(Features.sentBy(credentials));
        return credentials;
    }

    /** No Accept header most of the time, as most clients send; otherwise one of the media types the service speaks. */
    private String accept(OperationContext context) {
        if (draws.chance(0.6)) {
            return null;
        }
        String accept = draws.pick(ACCEPT);
        if (accept.startsWith("application/graphql-response+json")) {
            context.feature(Features.GRAPHQL_RESPONSE_JSON);
        }
        return accept;
    }
}
