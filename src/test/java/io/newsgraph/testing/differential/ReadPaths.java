package io.newsgraph.testing.differential;

import java.net.http.HttpResponse;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

import io.newsgraph.testing.GraphQLClient;

/**
 * Sends a read down both paths of the service, with its requester's token if it has one: the default one, where the read
 * planner answers what it can plan,
 * and the one the {@value #HEADER} header forces onto SmallRye GraphQL's resolvers (honoured where
 * {@code newsgraph.planner.path-header-enabled} is true, as in the test profile).
 */
final class ReadPaths {

    static final String HEADER = "Newsgraph-Read-Path";
    static final String RESOLVERS = "resolvers";

    private final Map<Credentials, String> tokens = new EnumMap<>(Credentials.class);
    private long requests;
    private long nanos;

    /** Both answers to one request. */
    record Answers(Answer resolvers, Answer planned) {
    }

    /**
     * The planned request goes first: were a response cache to keep what the first request got, the planner must
     * not be the one served from it.
     */
    Answers both(ReadRequest request) {
        Answer planned = send(request, false);
        Answer resolvers = send(request, true);
        return new Answers(resolvers, planned);
    }

    Answer planned(ReadRequest request) {
        return send(request, false);
    }

    Answer resolvers(ReadRequest request) {
        return send(request, true);
    }

    /** How many requests were sent, and how long they took, for the report. */
    String traffic() {
        return requests + " requests in " + nanos / 1_000_000 + " ms";
    }

    private Answer send(ReadRequest request, boolean forceResolvers) {
        Map<String, String> headers = new LinkedHashMap<>();
        if (request.accept() != null) {
            headers.put("Accept", request.accept());
        }
        if (request.credentials() != Credentials.READER) {
            headers.put("Authorization", "Bearer " + tokens.computeIfAbsent(request.credentials(), Credentials::token));
        }
        if (forceResolvers) {
            headers.put(HEADER, RESOLVERS);
        }
        long start = System.nanoTime();
        HttpResponse<byte[]> response = GraphQLClient.post(request.body(), headers);
        Answer answer = new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(null),
                response.body(), response.headers().firstValue(HEADER).orElse(null));
        nanos += System.nanoTime() - start;
        requests++;
        return answer;
    }
}
