package io.newsgraph;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsStringIgnoringCase;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The GraphQL schema is the contract with the frontends: the schema the service serves must be the
 * one committed in {@value #CONTRACT}, so that every change to it is deliberate and reviewed. After a
 * deliberate change, run the tests once with {@code -Dschema-contract.update=true} to rewrite it.
 */
@QuarkusTest
class SchemaContractTest {

    static final String CONTRACT = "src/main/graphql/schema.graphql";

    @Test
    void theServedSchemaIsTheCommittedContract() throws IOException {
        String served = given().get("/graphql/schema.graphql").then().statusCode(200).extract().asString();
        Path contract = Path.of(CONTRACT);
        if (Boolean.getBoolean("schema-contract.update")) {
            Files.createDirectories(contract.getParent());
            Files.writeString(contract, served, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(contract, StandardCharsets.UTF_8), served,
                "The served schema differs from " + CONTRACT + ". If the change is deliberate, rerun the tests with"
                        + " -Dschema-contract.update=true and commit the new contract.");
    }

    @Test
    void theSchemaCanBeExploredInGraphiQL() {
        given().get("/q/graphql-ui/").then().statusCode(200).body(containsStringIgnoringCase("graphiql"));
    }
}
