package io.newsgraph.author;

import org.eclipse.microprofile.graphql.NonNull;

public record AuthorEdge(@NonNull String cursor, @NonNull Author node) {
}
