package io.newsgraph.testing;

import static io.restassured.RestAssured.given;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** Sends the GraphQL documents kept under {@code src/test/resources/graphql} to the running service. */
public final class GraphQLClient {

    /** The header that sends a request to the resolvers rather than the read planner, in the tests. */
    public static final String READ_PATH_HEADER = "Newsgraph-Read-Path";

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private GraphQLClient() {
    }

    /** Runs a document and checks that the transport succeeded; GraphQL errors are in the body. */
    public static ValidatableResponse execute(String document, Map<String, Object> variables) {
        Map<String, Object> request = new HashMap<>();
        request.put("query", document(document));
        request.put("variables", variables);
        return given().contentType(ContentType.JSON).body(request)
                .when().post("/graphql")
                .then().statusCode(200);
    }

    /** Runs query text that is not kept as a fixture. */
    public static ValidatableResponse executeQuery(String query) {
        return given().contentType(ContentType.JSON).body(Map.of("query", query))
                .when().post("/graphql")
                .then().statusCode(200);
    }

    /**
     * Posts a request body exactly as given, with extra headers, and returns the response whatever its status: for
     * tests that compare responses byte for byte and send many, through one plain HTTP client that keeps its
     * connections, several times cheaper per request than RestAssured.
     */
    public static HttpResponse<byte[]> post(byte[] jsonBody, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(RestAssured.baseURI + ":" + RestAssured.port
                + "/graphql")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(jsonBody));
        headers.forEach(request::header);
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static ValidatableResponse execute(String document) {
        return execute(document, Map.of());
    }

    /**
     * Runs a document on SmallRye GraphQL's resolvers even when the read planner could answer it: the header is
     * honoured only where {@code newsgraph.planner.path-header-enabled} is true, as in the tests.
     */
    public static ValidatableResponse executeOnResolvers(String document, Map<String, Object> variables) {
        Map<String, Object> request = new HashMap<>();
        request.put("query", document(document));
        request.put("variables", variables);
        return given().contentType(ContentType.JSON).header(READ_PATH_HEADER, "resolvers").body(request)
                .when().post("/graphql")
                .then().statusCode(200);
    }

    /** Variables from name/value pairs; values may be null, as GraphQL allows. */
    public static Map<String, Object> variables(Object... namesAndValues) {
        Map<String, Object> variables = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            variables.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return variables;
    }

    public static String document(String name) {
        String path = "graphql/" + name + ".graphql";
        try (InputStream in = GraphQLClient.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("No GraphQL document at " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
