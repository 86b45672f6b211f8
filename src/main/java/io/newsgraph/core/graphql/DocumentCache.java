package io.newsgraph.core.graphql;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;

/**
 * Remembers the parsed and validated form of the most recent distinct queries, so that the queries a
 * frontend sends again and again are parsed and validated once.
 */
@ApplicationScoped
class DocumentCache implements PreparsedDocumentProvider {

    private static final int CAPACITY = 1_000;

    private final Map<String, PreparsedDocumentEntry> entries;

    DocumentCache() {
        this(CAPACITY);
    }

    DocumentCache(int capacity) {
        this.entries = new LinkedHashMap<>(capacity, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, PreparsedDocumentEntry> eldest) {
                return size() > capacity;
            }
        };
    }

    /** Whether the query was parsed already: a document in the cache is known to be well-formed. */
    boolean isParsed(String query) {
        synchronized (entries) {
            PreparsedDocumentEntry entry = entries.get(query);
            return entry != null && entry.getDocument() != null;
        }
    }

    @Override
    public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(ExecutionInput executionInput,
            Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
        String query = executionInput.getQuery();
        PreparsedDocumentEntry entry;
        synchronized (entries) {
            entry = entries.get(query);
        }
        if (entry == null) {
            entry = parseAndValidate.apply(executionInput);
            synchronized (entries) {
                entries.put(query, entry);
            }
        }
        return CompletableFuture.completedFuture(entry);
    }
}
