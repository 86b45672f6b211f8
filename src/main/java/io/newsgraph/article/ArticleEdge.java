package io.newsgraph.article;

import org.eclipse.microprofile.graphql.NonNull;

public record ArticleEdge(@NonNull String cursor, @NonNull Article node) {
}
