package io.newsgraph.core.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.oneOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.UnExecutableSchemaGenerator;
import io.newsgraph.testing.Call;
import io.newsgraph.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Walks the schema the service serves and sends every mutation, and every query field kept for signed-in requesters,
 * with arguments of the right types: without a token each one is refused with UNAUTHENTICATED, with a token that
 * grants no role with FORBIDDEN, before anything runs. The only exceptions are the mutations anyone may send, listed
 * here, so that a new mutation is guarded unless someone decides otherwise.
 */
@QuarkusTest
class GuardedFieldsTest {

    /** Readers comment, anonymously. */
    private static final Set<String> PUBLIC_MUTATIONS = Set.of("addComment");
    private static final Set<String> GUARDED_QUERIES = Set.of("moderationQueue");

    @Test
    void everyMutationButThePublicOnesNeedsARole() {
        List<GraphQLFieldDefinition> mutations = servedSchema().getMutationType().getFieldDefinitions();
        assertFalse(mutations.isEmpty());
        for (GraphQLFieldDefinition mutation : mutations) {
            String document = "mutation " + selection(mutation);
            if (PUBLIC_MUTATIONS.contains(mutation.getName())) {
                Call.of(document).from(Call.newAddress()).ok()
                        .body("errors.extensions.code", everyItem(not(oneOf("UNAUTHENTICATED", "FORBIDDEN"))));
            } else {
                assertRefused(document);
            }
        }
        assertEquals(PUBLIC_MUTATIONS, mutations.stream().map(GraphQLFieldDefinition::getName)
                .filter(PUBLIC_MUTATIONS::contains).collect(Collectors.toSet()),
                "a mutation listed as public is gone from the schema");
    }

    @Test
    void theModerationQueueNeedsARole() {
        for (String name : GUARDED_QUERIES) {
            assertRefused("query " + selection(servedSchema().getQueryType().getFieldDefinition(name)));
        }
    }

    private static void assertRefused(String document) {
        assertEquals(List.of("UNAUTHENTICATED"), codes(Call.of(document)), document);
        assertEquals(List.of("FORBIDDEN"), codes(Call.of(document).as(Tokens.withRoles())), document);
    }

    private static List<String> codes(Call call) {
        return call.ok().extract().jsonPath().getList("errors.extensions.code");
    }

    private static GraphQLSchema servedSchema() {
        String sdl = given().get("/graphql/schema.graphql").then().statusCode(200).extract().asString();
        return UnExecutableSchemaGenerator.makeUnExecutableSchema(new SchemaParser().parse(sdl));
    }

    /** The field with a value for each of its required arguments, selecting only the type name. */
    private static String selection(GraphQLFieldDefinition field) {
        String arguments = field.getArguments().stream()
                .filter(argument -> argument.getType() instanceof GraphQLNonNull)
                .map(argument -> argument.getName() + ": " + value(argument.getType()))
                .collect(Collectors.joining(", "));
        return "{ " + field.getName() + (arguments.isEmpty() ? "" : "(" + arguments + ")") + " { __typename } }";
    }

    private static String value(GraphQLType type) {
        if (type instanceof GraphQLNonNull nonNull) {
            return value(nonNull.getWrappedType());
        }
        if (type instanceof GraphQLList list) {
            return "[" + value(list.getWrappedType()) + "]";
        }
        if (type instanceof GraphQLEnumType enumeration) {
            return enumeration.getValues().get(0).getName();
        }
        if (type instanceof GraphQLInputObjectType input) {
            return input.getFieldDefinitions().stream()
                    .filter(field -> field.getType() instanceof GraphQLNonNull)
                    .map(field -> field.getName() + ": " + value(field.getType()))
                    .collect(Collectors.joining(", ", "{", "}"));
        }
        return switch (((GraphQLScalarType) type).getName()) {
            case "Int" -> "1";
            case "Boolean" -> "true";
            case "DateTime" -> "\"2026-12-01T00:00:00Z\"";
            default -> "\"x\"";
        };
    }
}
