package io.newsgraph.core.planning.compiler;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.execution.FieldCollector;
import graphql.execution.FieldCollectorParameters;
import graphql.language.FragmentDefinition;
import graphql.normalized.ExecutableNormalizedField;
import graphql.normalized.ExecutableNormalizedOperation;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;

/**
 * The fields an object of one type is answered with, in the order the specification's CollectFields gives them for that
 * type. The normalised operation keeps one list of children for all the types a field may return, in the order each
 * first appears anywhere: under {@code node(id:)}, a field that an {@code Author} fragment names before a {@code Tag}
 * fragment's other fields would come first for a tag too, where the resolvers write it in the tag's own order.
 */
final class CollectedFields {

    private final GraphQLSchema schema;
    private final ExecutableNormalizedOperation operation;
    private final Map<String, FragmentDefinition> fragments;
    private final CoercedVariables variables;
    private final FieldCollector collector = new FieldCollector();

    CollectedFields(GraphQLSchema schema, ExecutableNormalizedOperation operation,
            Map<String, FragmentDefinition> fragments, CoercedVariables variables) {
        this.schema = schema;
        this.operation = operation;
        this.fragments = fragments;
        this.variables = variables;
    }

    /** The children of {@code parent} that an object of {@code typeName} has, in that type's order. */
    List<ExecutableNormalizedField> of(ExecutableNormalizedField parent, String typeName) {
        List<ExecutableNormalizedField> fields = parent.getChildren().stream()
                .filter(child -> child.getObjectTypeNames().contains(typeName)).toList();
        if (fields.size() < 2) {
            return fields;
        }
        List<String> keys = collector.collectFields(FieldCollectorParameters.newParameters()
                .schema(schema)
                .objectType((GraphQLObjectType) schema.getType(typeName))
                .fragments(fragments)
                .variables(variables.toMap())
                .graphQLContext(GraphQLContext.getDefault())
                .build(), operation.getMergedField(parent)).getKeys();
        return fields.stream().sorted(Comparator.comparingInt(field -> keys.indexOf(field.getResultKey()))).toList();
    }
}
