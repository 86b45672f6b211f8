package io.newsgraph.core.execution;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.quarkus.arc.InjectableContext.ContextState;

/**
 * The entries of the GraphQL context that Quarkus's SmallRye GraphQL extension reads while an operation runs. Quarkus's
 * own HTTP handler puts them there; the service executes operations through SmallRye's public {@code ExecutionService}
 * in its place (to answer with its own pipeline and bytes), so it must put them there too, and these keys are Quarkus's
 * internal convention (read in Quarkus 3.33 by {@code QuarkusDefaultDataFetcher} and its siblings,
 * {@code RequestContextHelper} and {@code SmallRyeGraphQLLocaleResolver}): no public API sets them. They are written
 * here and nowhere else, for both ways operations run ({@link RunResolvers}, {@link SubscriptionExecution}), and
 * {@code QuarkusFetcherContextTest} fails if Quarkus stops honouring them.
 */
public final class QuarkusFetcherContext {

    /** True: the fetchers call the resolvers on the thread that executes, a worker already, rather than on another. */
    static final String RUN_BLOCKING = "runBlocking";
    /** The request's headers, by name: Accept-Language chooses the language of Bean Validation's messages. */
    static final String HTTP_HEADERS = "httpHeaders";
    /** The request context a fetcher activates when the thread it runs on has none (each event of a subscription). */
    static final String REQUEST_CONTEXT = "state";

    private QuarkusFetcherContext() {
    }

    /**
     * A fresh context for one operation, which SmallRye then adds its own context to (so it must take entries
     * concurrently, as fields may resolve on several threads).
     */
    public static Map<String, Object> of(Map<String, List<String>> httpHeaders, ContextState requestContext) {
        Map<String, Object> context = new ConcurrentHashMap<>();
        context.put(RUN_BLOCKING, true);
        context.put(HTTP_HEADERS, httpHeaders);
        context.put(REQUEST_CONTEXT, requestContext);
        return context;
    }
}
