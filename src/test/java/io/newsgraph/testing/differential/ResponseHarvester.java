package io.newsgraph.testing.differential;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import graphql.normalized.ExecutableNormalizedField;
import graphql.normalized.ExecutableNormalizedOperation;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;

/**
 * Learns ids and cursors from answers, for later operations: the id of every object whose {@code id} was asked
 * for, by its type, and the cursors of every page (edges and pageInfo), by the list they page. The answer is read
 * along the normalized operation, so any document, fixture or generated, teaches the same way.
 */
final class ResponseHarvester {

    private final GraphQLSchema schema;
    private final KnownValues known;

    ResponseHarvester(GraphQLSchema schema, KnownValues known) {
        this.schema = schema;
        this.known = known;
    }

    void harvest(ReadRequest request, Answer answer) {
        JsonNode data = answer.json().map(root -> root.get("data")).orElse(null);
        if (data == null || !data.isObject()) {
            return;
        }
        ExecutableNormalizedOperation operation = NormalizedOperations.of(schema, request).orElse(null);
        if (operation == null) {
            return;
        }
        String root = schema.getQueryType().getName();
        for (ExecutableNormalizedField field : operation.getTopLevelFields()) {
            read(field, root, data.get(field.getResultKey()));
        }
    }

    private void read(ExecutableNormalizedField field, String parentType, JsonNode value) {
        if (value == null || value.isNull()) {
            return;
        }
        if (value.isArray()) {
            value.forEach(item -> read(field, parentType, item));
            return;
        }
        if (!value.isObject()) {
            return;
        }
        GraphQLFieldDefinition definition = field.getFieldDefinitions(schema).get(0);
        GraphQLNamedType returned = Relay.named(definition.getType());
        String type = returned instanceof GraphQLObjectType ? returned.getName() : typename(field, value);
        if (type == null) {
            // an interface without __typename in the answer: which fields apply is unknown
            return;
        }
        if (Relay.isConnection(returned)) {
            ListKey list = ListKey.of(parentType, field.getName(), field.getResolvedArguments());
            readCursors(field, value, list);
        }
        for (ExecutableNormalizedField child : field.getChildren()) {
            if (!child.getObjectTypeNames().contains(type)) {
                continue;
            }
            JsonNode childValue = value.get(child.getResultKey());
            if (child.getName().equals("id") && childValue != null && childValue.isTextual()) {
                known.addId(type, childValue.asText());
            }
            read(child, type, childValue);
        }
    }

    private void readCursors(ExecutableNormalizedField connection, JsonNode value, ListKey list) {
        for (ExecutableNormalizedField child : connection.getChildren()) {
            JsonNode childValue = value.get(child.getResultKey());
            if (childValue == null || childValue.isNull()) {
                continue;
            }
            if (child.getName().equals("edges")) {
                for (ExecutableNormalizedField edgeField : child.getChildren()) {
                    if (edgeField.getName().equals("cursor")) {
                        childValue.forEach(edge -> addCursor(list, edge.get(edgeField.getResultKey())));
                    }
                }
            } else if (child.getName().equals("pageInfo")) {
                for (ExecutableNormalizedField pageField : child.getChildren()) {
                    if (List.of("startCursor", "endCursor").contains(pageField.getName())) {
                        addCursor(list, childValue.get(pageField.getResultKey()));
                    }
                }
            }
        }
    }

    private void addCursor(ListKey list, JsonNode cursor) {
        if (cursor != null && cursor.isTextual()) {
            known.addCursor(list, cursor.asText());
        }
    }

    private static String typename(ExecutableNormalizedField field, JsonNode value) {
        for (ExecutableNormalizedField child : field.getChildren()) {
            if (child.getName().equals("__typename") && value.path(child.getResultKey()).isTextual()) {
                return value.get(child.getResultKey()).asText();
            }
        }
        return null;
    }
}
