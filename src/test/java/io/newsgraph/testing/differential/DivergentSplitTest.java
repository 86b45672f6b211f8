package io.newsgraph.testing.differential;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import graphql.schema.GraphQLSchema;
import io.newsgraph.testing.GraphQLClient;

/** Splitting a read that pages a nested list two ways, and stitching the answers to its halves back together. */
class DivergentSplitTest {

    private static final GraphQLSchema SCHEMA = ServedSchema.committed();

    @Test
    void theConflictingArgumentsFixtureSplitsIntoItsTwoRootFields() {
        DivergentSplit.Split split = DivergentSplit.of(SCHEMA,
                ReadRequest.of(GraphQLClient.document("conflicting-arguments"), Map.of())).orElseThrow();
        assertTrue(split.possible(), split::reason);
        assertEquals("short", split.oneKey());
        assertEquals("long", split.otherKey());
        assertTrue(split.one().query().contains("short:") && !split.one().query().contains("long:"));
        assertTrue(split.other().query().contains("long:") && !split.other().query().contains("short:"));
    }

    @Test
    void aPairSplitsWithoutLeavingFragmentsOrVariablesUnused() {
        String query = "query($n: Int) { articles(first: 2) { edges { node {"
                + " oneWay: comments(first: 1) { totalCount } otherWay: comments(first: $n) { ...Page } id } } } }"
                + " fragment Page on CommentConnection { pageInfo { endCursor } }";
        DivergentSplit.Split split = DivergentSplit.of(SCHEMA, ReadRequest.of(query, Map.of("n", 3))).orElseThrow();
        assertTrue(split.possible(), split::reason);
        assertFalse(split.one().query().contains("Page") || split.one().query().contains("$n"));
        assertEquals(Map.of(), split.one().variables());
        assertTrue(NormalizedOperations.of(SCHEMA, split.one()).isPresent());
        assertTrue(NormalizedOperations.of(SCHEMA, split.other()).isPresent());
        assertEquals(Map.of("n", 3), split.other().variables());
    }

    @Test
    void aReadThatPagesEveryNestedListOneWayIsNotSplit() {
        assertTrue(DivergentSplit.of(SCHEMA, ReadRequest.of("{ a: articles(first: 2) { edges { node { comments(first: 3)"
                + " { totalCount } } } } b: articles(first: 5) { edges { node { comments(first: 3) { totalCount } } } } }",
                Map.of())).isEmpty());
    }

    @Test
    void theHalvesAreStitchedWithTheSecondKeyRightAfterTheFirst() {
        var one = Json.read("{\"a\":[{\"id\":1,\"oneWay\":{\"n\":1},\"z\":true}]}".getBytes());
        var other = Json.read("{\"a\":[{\"id\":1,\"otherWay\":{\"n\":5},\"z\":true}]}".getBytes());
        assertEquals("{\"a\":[{\"id\":1,\"oneWay\":{\"n\":1},\"otherWay\":{\"n\":5},\"z\":true}]}",
                StitchedAnswer.merge(one, other, "oneWay", "otherWay").toString());
    }

    @Test
    void halvesThatDisagreeElsewhereAreNotStitched() {
        var one = Json.read("{\"id\":1,\"oneWay\":1}".getBytes());
        var other = Json.read("{\"id\":2,\"otherWay\":5}".getBytes());
        assertThrows(IllegalStateException.class, () -> StitchedAnswer.merge(one, other, "oneWay", "otherWay"));
    }
}
