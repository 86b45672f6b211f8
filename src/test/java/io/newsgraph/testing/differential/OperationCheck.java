package io.newsgraph.testing.differential;

import java.util.List;
import java.util.Optional;

import graphql.language.Document;
import graphql.parser.exceptions.ParseCancelledException;
import graphql.schema.GraphQLSchema;
import graphql.validation.ValidationError;

/**
 * Keeps generated operations under the service's documented limits with room to spare, so that only the
 * {@link CaseGroup#OVER_LIMIT} group meets them, and catches a generator that writes invalid GraphQL. The
 * service's own limits are not called: they are what the test holds the paths to.
 */
final class OperationCheck {

    /** The service's limits are 3000 tokens, 1000 fields, 50 aliases, a cost of 10000 (README). */
    static final int MAX_TOKENS = 2_800;
    static final int MAX_FIELDS = 900;
    static final int MAX_ALIASES = 45;
    static final long MAX_COST = 9_000;

    private final GraphQLSchema schema;

    OperationCheck(GraphQLSchema schema) {
        this.schema = schema;
    }

    /**
     * Why the operation does not fit under the limits, or empty when it does.
     *
     * @param mustBeValid false for an operation that is meant to fail validation
     * @throws IllegalStateException when a document meant to be valid is not: a bug of the generator
     */
    Optional<String> overBudget(DocumentWriter.Written written, ReadRequest request, boolean mustBeValid) {
        if (written.fields() > MAX_FIELDS) {
            return Optional.of(written.fields() + " fields");
        }
        if (written.aliases() > MAX_ALIASES) {
            return Optional.of(written.aliases() + " aliases");
        }
        Document document;
        try {
            document = NormalizedOperations.parse(request.query(), MAX_TOKENS);
        } catch (ParseCancelledException e) {
            return Optional.of("more than " + MAX_TOKENS + " tokens");
        }
        List<ValidationError> errors = NormalizedOperations.validate(schema, document);
        if (!errors.isEmpty()) {
            if (mustBeValid) {
                throw new IllegalStateException("The generator wrote an invalid document: " + errors + "\n"
                        + request.describe());
            }
            return Optional.empty();
        }
        long cost = NormalizedOperations.of(schema, request).map(operation -> NormalizedOperations.cost(operation, schema))
                .orElse(0L);
        return cost > MAX_COST ? Optional.of("a cost of " + cost) : Optional.empty();
    }
}
