package io.newsgraph.core.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.parser.Parser;
import io.newsgraph.core.error.ApiError;
import io.newsgraph.core.error.ApiErrors;
import io.newsgraph.core.error.ErrorCode;

class PreparedDocumentTest {

    @Test
    void aDocumentWeighsItsTextAndItsNodes() {
        String query = "{ tags(first: 1) { totalCount } }";
        PreparedDocument document = PreparedDocument.of(query, new PreparsedDocumentEntry(Parser.parse(query)));
        // document, operation, selection set, tags, argument, 1, selection set, totalCount
        assertEquals(2 * query.length() + 8 * 128, document.weight());
    }

    @Test
    void paddingWeighsOnlyAsText() {
        String query = "{ tags(first: 1) { totalCount } }";
        String padded = "#" + " ".repeat(10_000) + "\n" + query;
        assertEquals(2 * (padded.length() - query.length()),
                PreparedDocument.of(padded, new PreparsedDocumentEntry(Parser.parse(padded))).weight()
                        - PreparedDocument.of(query, new PreparsedDocumentEntry(Parser.parse(query))).weight());
    }

    @Test
    void aRefusalWeighsItsTextAndItsErrors() {
        String query = "{ nope }";
        ApiError error = ApiErrors.of(ErrorCode.BAD_USER_INPUT, "No.");
        assertEquals(2 * query.length() + 256 + 2 * 3,
                PreparedDocument.of(query, new PreparsedDocumentEntry(List.of(error))).weight());
    }
}
