package io.newsgraph.source;

import org.eclipse.microprofile.graphql.NonNull;

public record SourceEdge(@NonNull String cursor, @NonNull Source node) {
}
