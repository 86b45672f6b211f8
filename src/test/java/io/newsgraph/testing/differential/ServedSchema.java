package io.newsgraph.testing.differential;

import static io.restassured.RestAssured.given;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import graphql.schema.GraphQLSchema;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.UnExecutableSchemaGenerator;

/**
 * The GraphQL schema the generator walks, read from the running service, so that a new field is covered as soon
 * as the service has it. It only describes types: nothing is executed against it.
 */
public final class ServedSchema {

    private static final String COMMITTED = "src/main/graphql/schema.graphql";

    private ServedSchema() {
    }

    public static GraphQLSchema fetch() {
        return parse(given().get("/graphql/schema.graphql").then().statusCode(200).extract().asString());
    }

    /** The committed contract, which SchemaContractTest holds equal to the served schema; for tests without a service. */
    static GraphQLSchema committed() {
        try {
            return parse(Files.readString(Path.of(COMMITTED), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static GraphQLSchema parse(String sdl) {
        return UnExecutableSchemaGenerator.makeUnExecutableSchema(new SchemaParser().parse(sdl));
    }
}
