package io.newsgraph.core.execution;

import graphql.GraphQL;
import io.quarkus.arc.Arc;
import io.smallrye.graphql.spi.EventingService;

/**
 * Hands the graphql-java engine that SmallRye GraphQL builds to {@link GraphQLEngineCustomizer}. A service
 * loaded by SmallRye rather than a CDI observer, because SmallRye's CDI events, once enabled, are fired
 * around every field it fetches.
 */
public class EngineBuildHook implements EventingService {

    /** None: the hook is always on. */
    @Override
    public String getConfigKey() {
        return null;
    }

    @Override
    public GraphQL.Builder beforeGraphQLBuild(GraphQL.Builder builder) {
        return Arc.container().instance(GraphQLEngineCustomizer.class).get().customize(builder);
    }
}
