package io.newsgraph.core.planning;

import java.util.List;
import java.util.Map;

import graphql.execution.TypeFromAST;
import graphql.language.OperationDefinition;
import graphql.language.VariableDefinition;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLInputObjectField;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;

/**
 * What of a request's variables decides its plan: which are null, and the value of every boolean (for
 * {@code @skip} and {@code @include}) and enum (an order); every other value is bound into the plan as a
 * parameter. Requests of one operation with the same shape share one plan.
 */
final class OperationShape {

    private OperationShape() {
    }

    static String of(OperationDefinition operation, Map<String, Object> coercedVariables, GraphQLSchema schema) {
        StringBuilder shape = new StringBuilder();
        for (VariableDefinition variable : operation.getVariableDefinitions()) {
            shape.append(variable.getName()).append('=');
            append(shape, coercedVariables.get(variable.getName()), TypeFromAST.getTypeFromAST(schema, variable.getType()));
            shape.append(';');
        }
        return shape.toString();
    }

    private static void append(StringBuilder shape, Object value, GraphQLType type) {
        GraphQLType unwrapped = GraphQLTypeUtil.unwrapNonNull(type);
        if (value == null) {
            shape.append('~');
        } else if (unwrapped instanceof GraphQLList list && value instanceof List<?> items) {
            shape.append('[');
            items.forEach(item -> append(shape, item, list.getWrappedType()));
            shape.append(']');
        } else if (unwrapped instanceof GraphQLInputObjectType object && value instanceof Map<?, ?> fields) {
            shape.append('{');
            for (GraphQLInputObjectField field : object.getFieldDefinitions()) {
                shape.append(field.getName()).append(':');
                append(shape, fields.get(field.getName()), field.getType());
                shape.append(',');
            }
            shape.append('}');
        } else if (unwrapped instanceof GraphQLEnumType || value instanceof Boolean) {
            shape.append(value);
        } else {
            shape.append('$');
        }
    }
}
