package io.newsgraph.testing.differential;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import graphql.execution.RawVariables;
import graphql.language.Document;
import graphql.normalized.ExecutableNormalizedField;
import graphql.normalized.ExecutableNormalizedOperation;
import graphql.normalized.ExecutableNormalizedOperationFactory;
import graphql.parser.Parser;
import graphql.parser.ParserEnvironment;
import graphql.parser.ParserOptions;
import graphql.schema.GraphQLSchema;
import graphql.validation.ValidationError;

/**
 * graphql-java's view of a request: the document parsed, validated, and normalized with its variables (fragments
 * expanded, {@code @skip}/{@code @include} applied, arguments resolved with their defaults). The test reads
 * answers through it rather than through what the generator meant, so that fixtures and generated operations are
 * read alike.
 */
final class NormalizedOperations {

    private NormalizedOperations() {
    }

    /** Parses with a token limit; the service's limit is applied the same way, by graphql-java's parser. */
    static Document parse(String text, int maxTokens) {
        ParserOptions options = ParserOptions.newParserOptions().maxTokens(maxTokens)
                .maxWhitespaceTokens(Integer.MAX_VALUE).maxCharacters(Integer.MAX_VALUE).build();
        return Parser.parse(ParserEnvironment.newParserEnvironment().document(text).parserOptions(options).build());
    }

    static List<ValidationError> validate(GraphQLSchema schema, Document document) {
        return graphql.ParseAndValidate.validate(schema, document);
    }

    /** The normalized operation, or empty when the request is not valid GraphQL or its variables do not coerce. */
    static Optional<ExecutableNormalizedOperation> of(GraphQLSchema schema, ReadRequest request) {
        try {
            Document document = parse(request.query(), Integer.MAX_VALUE);
            if (!validate(schema, document).isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(ExecutableNormalizedOperationFactory.createExecutableNormalizedOperationWithRawVariables(
                    schema, document, request.operationName(), RawVariables.of(request.variables())));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * The weighted cost as the README defines it: every field costs 1, and what a field that takes {@code first}
     * returns costs its page size times over ({@code last} when {@code first} is not given; the largest page when
     * neither is, since the service's default is not in the schema).
     */
    static long cost(ExecutableNormalizedOperation operation, GraphQLSchema schema) {
        long cost = 0;
        for (ExecutableNormalizedField field : operation.getTopLevelFields()) {
            cost += cost(field, schema);
        }
        return cost;
    }

    private static long cost(ExecutableNormalizedField field, GraphQLSchema schema) {
        long children = 0;
        for (ExecutableNormalizedField child : field.getChildren()) {
            children += cost(child, schema);
        }
        return 1 + pageSize(field, schema) * children;
    }

    private static long pageSize(ExecutableNormalizedField field, GraphQLSchema schema) {
        if (field.getFieldDefinitions(schema).stream().noneMatch(Relay::isPaged)) {
            return 1;
        }
        Object size = field.getResolvedArguments().get(Relay.FIRST);
        if (size == null) {
            size = field.getResolvedArguments().get(Relay.LAST);
        }
        return size instanceof Number number ? Math.min(100, Math.max(1, number.longValue())) : 100;
    }

    /** The response keys from the root down to the field. */
    static List<String> path(ExecutableNormalizedField field) {
        List<String> keys = new ArrayList<>();
        for (ExecutableNormalizedField at = field; at != null; at = at.getParent()) {
            keys.add(at.getResultKey());
        }
        Collections.reverse(keys);
        return keys;
    }
}
