package io.newsgraph.core.documents;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * How much one GraphQL operation may ask for. Documents over a limit are refused before any SQL runs,
 * with {@code extensions.code} QUERY_TOO_COMPLEX. The request body size is limited separately by
 * {@code quarkus.http.limits.max-body-size}.
 */
@ConfigMapping(prefix = "newsgraph.limits")
public interface QueryLimits {

    /** Lexical tokens in a document: bounds the work of parsing it. */
    @WithDefault("3000")
    int maxTokens();

    /** Nesting of selections, counted in fields: {@code { a { b } }} is 2 deep. */
    @WithDefault("15")
    int maxDepth();

    /** Fields once every fragment is expanded in place: bounds validation and planning. */
    @WithDefault("1000")
    int maxFields();

    /** Aliased fields in a document. */
    @WithDefault("50")
    int maxAliases();

    /** Directives on one field or fragment. */
    @WithDefault("5")
    int maxDirectivesPerField();

    /** Selections with the same response name in one selection set. */
    @WithDefault("5")
    int maxRepeatedFields();

    /**
     * Weighted cost: every field costs 1, and what a connection returns costs as many times over as its
     * page size, so that {@code first: 100} inside {@code first: 100} is ten thousand times the inner page.
     */
    @WithDefault("10000")
    long maxCost();
}
