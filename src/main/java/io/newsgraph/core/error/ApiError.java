package io.newsgraph.core.error;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import graphql.ErrorClassification;
import graphql.GraphQLError;
import graphql.language.SourceLocation;

/**
 * A GraphQL error as clients receive it: a message meant for them, where it happened, {@code extensions.code} and
 * what else the client can act on (the fields at fault, when to retry). Nothing else, so no exception class or stack
 * trace can leak through it.
 *
 * @param details the extensions besides the code
 */
public record ApiError(String message, List<SourceLocation> locations, List<Object> path, ErrorCode code,
        Map<String, Object> details)
        implements
            GraphQLError {

    public ApiError(String message, List<SourceLocation> locations, List<Object> path, ErrorCode code) {
        this(message, locations, path, code, Map.of());
    }

    static ApiError of(GraphQLError error, String message, ErrorCode code) {
        return of(error, message, code, Map.of());
    }

    static ApiError of(GraphQLError error, String message, ErrorCode code, Map<String, Object> details) {
        return new ApiError(message, error.getLocations(), error.getPath(), code, details);
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
        if (details.isEmpty()) {
            return Map.of("code", code.name());
        }
        Map<String, Object> extensions = new LinkedHashMap<>();
        extensions.put("code", code.name());
        extensions.putAll(details);
        return extensions;
    }

    /** The code again, rather than graphql-java's internal classifications. */
    @Override
    public ErrorClassification getErrorType() {
        return ErrorClassification.errorClassification(code.name());
    }
}
