package io.newsgraph.core.graphql;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import graphql.GraphQL;
import graphql.execution.instrumentation.ChainedInstrumentation;

/**
 * Installs the project's instrumentation and document cache into the graphql-java engine that SmallRye
 * GraphQL builds. They replace SmallRye's own, so SmallRye's {@code instrumentation-query-*} properties
 * have no effect here.
 */
@ApplicationScoped
class GraphQLEngineCustomizer {

    private final DocumentCache documentCache;

    GraphQLEngineCustomizer(DocumentCache documentCache) {
        this.documentCache = documentCache;
    }

    GraphQL.Builder customize(@Observes GraphQL.Builder builder) {
        return builder
                .instrumentation(new ChainedInstrumentation(List.of(
                        new ConsistentBatchArgumentsInstrumentation(),
                        new ErrorShapingInstrumentation())))
                .preparsedDocumentProvider(documentCache);
    }
}
