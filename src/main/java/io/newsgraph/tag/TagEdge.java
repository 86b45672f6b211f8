package io.newsgraph.tag;

import org.eclipse.microprofile.graphql.NonNull;

public record TagEdge(@NonNull String cursor, @NonNull Tag node) {
}
