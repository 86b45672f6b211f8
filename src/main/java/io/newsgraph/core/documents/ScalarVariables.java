package io.newsgraph.core.documents;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

import graphql.GraphQLContext;
import graphql.Scalars;
import graphql.execution.TypeFromAST;
import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.language.VariableDefinition;
import graphql.schema.CoercingParseValueException;
import graphql.schema.GraphQLInputObjectField;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import io.newsgraph.core.error.ApiError;
import io.newsgraph.core.error.ApiErrors;
import io.newsgraph.core.error.ErrorCode;

/**
 * Holds the variables of GraphQL's built-in scalar types to the specification's input coercion, as graphql-java's
 * own scalars apply it. SmallRye GraphQL's scalars are lenient: they take {@code "3"} for an {@code Int}, and pass a
 * value they cannot read, such as {@code "ten"}, on to the resolvers, where it fails as an internal error for every
 * field that uses it. Here it is a client error, before anything runs.
 */
@ApplicationScoped
class ScalarVariables {

    private static final Map<String, GraphQLScalarType> BUILT_IN = Map.of(
            Scalars.GraphQLInt.getName(), Scalars.GraphQLInt,
            Scalars.GraphQLFloat.getName(), Scalars.GraphQLFloat,
            Scalars.GraphQLString.getName(), Scalars.GraphQLString,
            Scalars.GraphQLBoolean.getName(), Scalars.GraphQLBoolean,
            Scalars.GraphQLID.getName(), Scalars.GraphQLID);

    private final Instance<GraphQLSchema> schema;

    ScalarVariables(Instance<GraphQLSchema> schema) {
        this.schema = schema;
    }

    /** The first variable of the operation that would run whose value its built-in scalar refuses, if any. */
    Optional<ApiError> invalid(Document document, String operationName, Map<String, Object> variables) {
        List<OperationDefinition> operations = document.getDefinitionsOfType(OperationDefinition.class).stream()
                .filter(operation -> operationName == null || operationName.equals(operation.getName()))
                .toList();
        if (operations.size() != 1) {
            // which operation runs is graphql-java's to decide, and to refuse
            return Optional.empty();
        }
        for (VariableDefinition variable : operations.get(0).getVariableDefinitions()) {
            GraphQLType type = TypeFromAST.getTypeFromAST(schema.get(), variable.getType());
            try {
                check(variables.get(variable.getName()), type);
            } catch (CoercingParseValueException e) {
                return Optional.of(ApiErrors.of(ErrorCode.BAD_USER_INPUT,
                        "Variable '" + variable.getName() + "' has an invalid value: " + e.getMessage(),
                        variable.getSourceLocation()));
            }
        }
        return Optional.empty();
    }

    private static void check(Object value, GraphQLType type) {
        GraphQLType unwrapped = GraphQLTypeUtil.unwrapNonNull(type);
        if (value == null) {
            // a missing or null value is graphql-java's to refuse where the type is non-null
            return;
        }
        if (unwrapped instanceof GraphQLList list) {
            if (value instanceof List<?> items) {
                items.forEach(item -> check(item, list.getWrappedType()));
            } else {
                check(value, list.getWrappedType());
            }
        } else if (unwrapped instanceof GraphQLInputObjectType object && value instanceof Map<?, ?> fields) {
            for (GraphQLInputObjectField field : object.getFieldDefinitions()) {
                check(fields.get(field.getName()), field.getType());
            }
        } else if (unwrapped instanceof GraphQLScalarType scalar && BUILT_IN.containsKey(scalar.getName())) {
            BUILT_IN.get(scalar.getName()).getCoercing().parseValue(value, GraphQLContext.getDefault(), Locale.getDefault());
        }
    }
}
