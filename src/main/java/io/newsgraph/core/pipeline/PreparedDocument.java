package io.newsgraph.core.pipeline;

import graphql.GraphQLError;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.language.Document;
import graphql.language.Node;
import graphql.language.OperationDefinition;

/**
 * A query's prepared document, or the errors that keep it from running, with what keeping it costs.
 *
 * @param weight an estimate of the bytes the query text and its entry take on the heap
 */
public record PreparedDocument(PreparsedDocumentEntry entry, int weight) {

    /**
     * What one node of a parsed document takes, rounded up: 50 to 100 bytes measured with graphql-java 24.3 for
     * documents written by hand and for dense ones alike. Counting nodes rather than characters keeps a document
     * padded with whitespace or comments from being overestimated, and a dense one from being underestimated.
     */
    private static final int BYTES_PER_NODE = 128;
    /** An error's message is counted apart; this is the rest of it. */
    private static final int BYTES_PER_ERROR = 256;

    public static PreparedDocument of(String query, PreparsedDocumentEntry entry) {
        // a Java string takes at most two bytes a character
        long bytes = 2L * query.length();
        if (entry.getDocument() != null) {
            bytes += BYTES_PER_NODE * nodes(entry.getDocument());
        }
        if (entry.hasErrors()) {
            for (GraphQLError error : entry.getErrors()) {
                bytes += BYTES_PER_ERROR + 2L * error.getMessage().length();
            }
        }
        return new PreparedDocument(entry, (int) Math.min(Integer.MAX_VALUE, bytes));
    }

    /** A prepared document, and whether it came from the cache rather than being prepared for the request at hand. */
    public record Lookup(PreparedDocument document, boolean cached) {
    }

    /** The parsed document, which a document without errors has. */
    public Document document() {
        return entry.getDocument();
    }

    /**
     * Whether the operation that would run is of this kind; without an operation name, whether any operation of the
     * document is.
     */
    public boolean runs(String operationName, OperationDefinition.Operation kind) {
        return document().getDefinitionsOfType(OperationDefinition.class).stream()
                .filter(operation -> operationName == null || operationName.equals(operation.getName()))
                .anyMatch(operation -> operation.getOperation() == kind);
    }

    private static long nodes(Node<?> node) {
        long nodes = 1;
        for (Node<?> child : node.getChildren()) {
            nodes += nodes(child);
        }
        return nodes;
    }
}
