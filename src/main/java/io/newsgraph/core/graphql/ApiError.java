package io.newsgraph.core.graphql;

import java.util.List;
import java.util.Map;

import graphql.ErrorClassification;
import graphql.GraphQLError;
import graphql.language.SourceLocation;
import io.newsgraph.core.error.ErrorCode;

/**
 * A GraphQL error as clients receive it: a message meant for them, where it happened, and
 * {@code extensions.code}. Nothing else, so no exception class or stack trace can leak through it.
 */
record ApiError(String message, List<SourceLocation> locations, List<Object> path, ErrorCode code)
        implements
            GraphQLError {

    static ApiError of(GraphQLError error, String message, ErrorCode code) {
        return new ApiError(message, error.getLocations(), error.getPath(), code);
    }

    @Override
    public String getMessage() {
        return message;
    }

    @Override
    public List<SourceLocation> getLocations() {
        return locations;
    }

    @Override
    public List<Object> getPath() {
        return path;
    }

    @Override
    public Map<String, Object> getExtensions() {
        return Map.of("code", code.name());
    }

    /** The code again, rather than graphql-java's internal classifications. */
    @Override
    public ErrorClassification getErrorType() {
        return ErrorClassification.errorClassification(code.name());
    }
}
