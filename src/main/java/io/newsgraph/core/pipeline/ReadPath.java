package io.newsgraph.core.pipeline;

/**
 * What answered a read operation: its operation span says so, {@code graphql_reads_total} counts it, and where the
 * tests may choose the path ({@code newsgraph.planner.path-header-enabled}), so does the response's
 * {@value #HEADER} header.
 */
public enum ReadPath {

    /** The response cache, with an answer computed earlier. */
    CACHE("cache"),
    /** The read planner, with one SQL statement. */
    PLANNED("planned"),
    /** SmallRye GraphQL's resolvers. */
    RESOLVERS("resolvers");

    /**
     * The header that names the path: in a request, to send it to the resolvers ({@code resolvers}) past the response
     * cache, in a response, to say which path answered; honoured only in the tests that compare both paths.
     */
    public static final String HEADER = "Newsgraph-Read-Path";

    private final String label;

    ReadPath(String label) {
        this.label = label;
    }

    /** How the span, the metrics and the header name it. */
    public String label() {
        return label;
    }
}
