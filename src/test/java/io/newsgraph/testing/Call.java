package io.newsgraph.testing;

import static io.restassured.RestAssured.given;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

/**
 * One GraphQL request, as a given client: signed in with a token or not, at an address of its own or not. For writes
 * and the tests of who may do what; {@link GraphQLClient} runs the read fixtures.
 */
public final class Call {

    /** How many rate-limited requests a client address may send during a test run (see {@link ClientsTestResource}). */
    public static final int RATE_LIMIT = 3;

    private static final AtomicInteger ADDRESSES = new AtomicInteger();

    private final String query;
    private final Map<String, Object> variables = new HashMap<>();
    private String token;
    private String address;
    private boolean resolvers;

    private Call(String query) {
        this.query = query;
    }

    public static Call of(String query) {
        return new Call(query);
    }

    /** An address no other request of the run comes from, in the range kept for documentation (RFC 5737). */
    public static String newAddress() {
        int number = ADDRESSES.incrementAndGet();
        return "198.51." + (100 + number / 250) + "." + (1 + number % 250);
    }

    public Call variables(Map<String, Object> values) {
        variables.putAll(values);
        return this;
    }

    public Call variable(String name, Object value) {
        variables.put(name, value);
        return this;
    }

    /** Sent with {@code Authorization: Bearer <token>}. */
    public Call as(String bearerToken) {
        this.token = bearerToken;
        return this;
    }

    /** Sent through the trusted proxy on behalf of a client at this address. */
    public Call from(String clientAddress) {
        this.address = clientAddress;
        return this;
    }

    /** Sent to SmallRye GraphQL's resolvers even when the read planner could answer it. */
    public Call onResolvers() {
        this.resolvers = true;
        return this;
    }

    /** Sends it; the response whatever its status. */
    public ValidatableResponse send() {
        Map<String, Object> body = new HashMap<>();
        body.put("query", query);
        body.put("variables", variables);
        RequestSpecification request = given().contentType(ContentType.JSON).body(body);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (address != null) {
            request.header("X-Forwarded-For", address);
        }
        if (resolvers) {
            request.header(GraphQLClient.READ_PATH_HEADER, "resolvers");
        }
        return request.when().post("/graphql").then();
    }

    /** Sends it and checks that the transport succeeded; GraphQL errors are in the body. */
    public ValidatableResponse ok() {
        return send().statusCode(200);
    }
}
