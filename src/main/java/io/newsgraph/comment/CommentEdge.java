package io.newsgraph.comment;

import org.eclipse.microprofile.graphql.NonNull;

public record CommentEdge(@NonNull String cursor, @NonNull Comment node) {
}
