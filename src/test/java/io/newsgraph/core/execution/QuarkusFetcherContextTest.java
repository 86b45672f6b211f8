package io.newsgraph.core.execution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.inject.Inject;

import org.hibernate.validator.spi.messageinterpolation.LocaleResolverContext;
import org.junit.jupiter.api.Test;

import graphql.ExecutionResult;
import graphql.GraphQLContext;
import graphql.schema.DataFetchingEnvironmentImpl;
import io.newsgraph.core.cache.tracking.Reads;
import io.newsgraph.core.cache.tracking.RequestReads;
import io.newsgraph.core.documents.PreparedDocuments;
import io.newsgraph.core.pipeline.GraphQLRequest;
import io.quarkus.arc.Arc;
import io.quarkus.arc.InjectableContext.ContextState;
import io.quarkus.arc.ManagedContext;
import io.quarkus.smallrye.graphql.runtime.SmallRyeGraphQLLocaleResolver;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.graphql.execution.context.SmallRyeContext;
import io.smallrye.graphql.execution.context.SmallRyeContextManager;

/**
 * Quarkus still honours the entries of the GraphQL context that the service puts there in place of Quarkus's own HTTP
 * handler ({@link QuarkusFetcherContext}): these are Quarkus's internals, which an upgrade may change without notice.
 */
@QuarkusTest
class QuarkusFetcherContextTest {

    private static final GraphQLRequest TAGS = GraphQLRequest.of("{ tags(first: 2) { edges { node { name } } } }", null,
            null, null);

    @Inject
    SmallRyeExecution execution;
    @Inject
    PreparedDocuments preparedDocuments;
    @Inject
    RequestReads requestReads;

    @Test
    void theResolversRunOnTheThreadThatExecutesTheOperation() {
        ManagedContext requestContext = Arc.container().requestContext();
        requestContext.activate();
        ContextState state = requestContext.getState();
        try {
            ExecutionResult result = execute(state);

            assertTrue(result.getErrors().isEmpty(), result::toString);
            // a Quarkus data fetcher deactivates the request context of the thread it ran on once its field is done
            assertFalse(requestContext.isActive(), "Quarkus's fetchers ran the resolvers on another thread");
        } finally {
            requestContext.activate(state);
            requestContext.terminate();
        }
    }

    @Test
    void theResolversRunInTheRequestContextTheyAreGiven() {
        ManagedContext requestContext = Arc.container().requestContext();
        requestContext.activate();
        Reads reads = new Reads();
        requestReads.recordInto(reads);
        ContextState state = requestContext.getState();
        requestContext.deactivate();
        try {
            ExecutionResult result = execute(state);

            assertTrue(result.getErrors().isEmpty(), result::toString);
            assertFalse(reads.subjects().isEmpty(), "the resolvers read in a request context of Quarkus's own");
        } finally {
            requestContext.destroy(state);
        }
    }

    @Test
    void beanValidationsMessagesAreInTheLanguageTheRequestsHeadersAskFor() {
        ContextState noRequestContext = Map::of;
        SmallRyeContext context = new SmallRyeContext(getClass().getName());
        context.setDataFetchingEnvironment(DataFetchingEnvironmentImpl.newDataFetchingEnvironment()
                .graphQLContext(GraphQLContext.of(QuarkusFetcherContext.of(
                        Map.of("Accept-Language", List.of("fr, en;q=0.5")), noRequestContext)))
                .build());
        SmallRyeContextManager.restore(context);
        try {
            assertEquals(Locale.FRENCH, new SmallRyeGraphQLLocaleResolver().resolve(new LocaleResolverContext() {
                @Override
                public Set<Locale> getSupportedLocales() {
                    return Set.of(Locale.ENGLISH, Locale.FRENCH);
                }

                @Override
                public Locale getDefaultLocale() {
                    return Locale.ENGLISH;
                }
            }));
        } finally {
            SmallRyeContextManager.clearCurrentSmallRyeContext();
        }
    }

    private ExecutionResult execute(ContextState requestContext) {
        return execution.execute(TAGS, preparedDocuments.prepare(TAGS.query()), Map.of(), requestContext).result();
    }
}
