package io.newsgraph.testing.differential;

/** The kinds of read the differential test sends; each kind is held to its own expectation. */
public enum CaseGroup {
    /** A document kept under {@code src/test/resources/graphql}, with variables drawn from the sample content. */
    FIXTURE,
    /** A random valid read: both paths answer it byte for byte the same, and without errors. */
    REGULAR,
    /** A random read with one invalid argument: both paths refuse it with the same errors. */
    INVALID_ARGUMENT,
    /** A read over one of the documented limits: both paths refuse it the same way, before any SQL. */
    OVER_LIMIT,
    /**
     * A nested list paged two ways under two aliases: the resolvers refuse it, the planner may answer it; its
     * answer is then compared with the answers to the two single-alias operations, stitched together.
     */
    DIVERGENT_ARGUMENTS
}
