package io.newsgraph.testing.differential;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class JsonDifferenceTest {

    @Test
    void identicalAnswersHaveNoDifference() {
        assertEquals(Optional.empty(), JsonDifference.between(answer(200, "{\"data\":{\"a\":1}}"),
                answer(200, "{\"data\":{\"a\":1}}")));
    }

    @Test
    void aDifferentValueIsShownAtItsPath() {
        assertEquals(Optional.of("at data.articles.edges[1].node.title: expected \"b\", got \"c\""),
                JsonDifference.between(answer(200, "{\"data\":{\"articles\":{\"edges\":[{\"node\":{\"title\":\"a\"}},"
                        + "{\"node\":{\"title\":\"b\"}}]}}}"),
                        answer(200, "{\"data\":{\"articles\":{\"edges\":[{\"node\":{\"title\":\"a\"}},"
                                + "{\"node\":{\"title\":\"c\"}}]}}}")));
    }

    @Test
    void anotherOrderOfFieldsIsADifference() {
        assertEquals(Optional.of("at data: fields expected [a, b], got [b, a]"),
                JsonDifference.between(answer(200, "{\"data\":{\"a\":1,\"b\":2}}"),
                        answer(200, "{\"data\":{\"b\":2,\"a\":1}}")));
    }

    @Test
    void aNumberIsNotTheSameAsItsText() {
        assertTrue(JsonDifference.between(answer(200, "{\"a\":1}"), answer(200, "{\"a\":\"1\"}")).isPresent());
        assertTrue(JsonDifference.between(answer(200, "{\"a\":1}"), answer(200, "{\"a\":1.0}")).isPresent());
    }

    @Test
    void theSameJsonInOtherBytesIsADifference() {
        assertTrue(JsonDifference.between(answer(200, "{\"a\":\"é\"}"), answer(200, "{\"a\":\"\\u00e9\"}")).orElseThrow()
                .startsWith("the same JSON in the same order, but different bytes"));
    }

    @Test
    void statusAndMediaTypeAreCompared() {
        assertEquals(Optional.of("HTTP status: expected 200, got 400; Content-Type: expected application/json, got text/plain"),
                JsonDifference.between(answer(200, "{}"),
                        new Answer(400, "text/plain", "{}".getBytes(StandardCharsets.UTF_8))));
    }

    private static Answer answer(int status, String body) {
        return new Answer(status, "application/json", body.getBytes(StandardCharsets.UTF_8));
    }
}
