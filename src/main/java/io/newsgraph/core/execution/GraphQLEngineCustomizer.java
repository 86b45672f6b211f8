package io.newsgraph.core.execution;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import graphql.GraphQL;
import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.parser.ParserOptions;
import io.newsgraph.core.documents.OperationGuardInstrumentation;
import io.newsgraph.core.documents.PreparedDocuments;
import io.newsgraph.core.documents.QueryLimits;
import io.newsgraph.core.error.ErrorShapingInstrumentation;
import io.newsgraph.core.observability.OperationMetrics;
import io.newsgraph.core.observability.OperationMetricsInstrumentation;
import io.quarkus.arc.Unremovable;

/**
 * Installs the project's document preparation and instrumentation into the graphql-java engine that
 * SmallRye GraphQL builds, when {@link EngineBuildHook} hands it over. They replace SmallRye's own, so SmallRye's
 * {@code instrumentation-query-*} and
 * {@code parser-*} properties have no effect here: {@link QueryLimits} takes their place.
 */
// looked up by EngineBuildHook, which CDI cannot see
@Unremovable
@ApplicationScoped
class GraphQLEngineCustomizer {

    private final PreparedDocuments preparedDocuments;
    private final SmallRyeQueryCache smallRyeQueryCache;
    private final QueryLimits limits;
    private final OperationMetrics operationMetrics;

    GraphQLEngineCustomizer(PreparedDocuments preparedDocuments, SmallRyeQueryCache smallRyeQueryCache,
            QueryLimits limits, OperationMetrics operationMetrics) {
        this.preparedDocuments = preparedDocuments;
        this.smallRyeQueryCache = smallRyeQueryCache;
        this.limits = limits;
        this.operationMetrics = operationMetrics;
    }

    GraphQL.Builder customize(GraphQL.Builder builder) {
        smallRyeQueryCache.adopt(builder);
        // SmallRye parses the documents its cache does not have on its own, with graphql-java's default options
        ParserOptions.setDefaultOperationParserOptions(preparedDocuments.parserOptions());
        return builder
                .instrumentation(new ChainedInstrumentation(List.of(
                        new OperationMetricsInstrumentation(operationMetrics),
                        new SubscriptionEventReads(),
                        new OperationGuardInstrumentation(limits.maxCost()),
                        new ErrorShapingInstrumentation())))
                .preparsedDocumentProvider(preparedDocuments);
    }
}
