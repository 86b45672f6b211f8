package io.newsgraph.core.execution;

import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.enterprise.context.ApplicationScoped;

import graphql.ExecutionInput;
import graphql.GraphQL;
import io.newsgraph.core.documents.DocumentsConfig;
import io.newsgraph.core.documents.PreparedDocuments;
import io.newsgraph.core.pipeline.PreparedDocument;
import io.smallrye.graphql.execution.QueryCache;

/**
 * Hands SmallRye GraphQL's own query cache the documents {@link PreparedDocuments} prepared. Before it executes a
 * request, SmallRye looks the document up in that cache to learn its operation types, and parses the query when it is
 * not there; it fills the cache only when graphql-java has validated a document, which never happens here, since
 * PreparedDocuments hands graphql-java validated documents ({@link GraphQLEngineCustomizer}). Without this SmallRye
 * would parse every request's document once more.
 * <p>
 * SmallRye's cache keeps at most 2,048 documents, whatever their size, and keeps them after PreparedDocuments let them
 * go. So it only gets documents that weigh at most a 2,048th of PreparedDocuments' budget, and the two caches together
 * hold no more than twice that budget; SmallRye parses heavier documents again each time.
 */
@ApplicationScoped
class SmallRyeQueryCache {

    /** The bound of SmallRye's cache, read as SmallRye reads it. */
    private static final int SMALLRYE_CAPACITY = Integer.getInteger("io.smallrye.graphql.execution.queryCacheMaxSize",
            2048);

    private final long maxWeight;
    private volatile QueryCache queryCache;

    SmallRyeQueryCache(DocumentsConfig config) {
        this.maxWeight = config.cacheMaxBytes().asLongValue() / SMALLRYE_CAPACITY;
    }

    /** Takes the cache SmallRye configured its engine with, before the engine is given PreparedDocuments instead. */
    void adopt(GraphQL.Builder builder) {
        if (builder.build().getPreparsedDocumentProvider() instanceof QueryCache cache) {
            queryCache = cache;
        }
    }

    /** Puts a document that is light enough into SmallRye's cache, unless it is there already. */
    void share(String query, PreparedDocument document) {
        QueryCache cache = queryCache;
        if (cache == null || document.weight() > maxWeight) {
            return;
        }
        AtomicBoolean missing = new AtomicBoolean();
        cache.getDocumentAsync(ExecutionInput.newExecutionInput(query).build(), input -> {
            missing.set(true);
            return document.entry();
        });
        if (missing.get()) {
            // SmallRye's cache keeps, on this thread, the document it did not have; a validation without errors adds it
            cache.beginValidation(null, null).onCompleted(null, null);
        }
    }

    /**
     * Drops the query SmallRye's cache keeps on this thread after parsing a document it did not have, waiting for a
     * validation that never comes: each worker thread would otherwise hold on to the last heavy query it executed.
     */
    void forgetPending() {
        QueryCache cache = queryCache;
        if (cache != null) {
            cache.beginValidation(null, null);
        }
    }
}
