package io.newsgraph.author;

import java.util.List;

import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

import io.newsgraph.core.pagination.PageInfo;
import io.newsgraph.core.pagination.TotalCount;

public record AuthorConnection(
        @NonNull List<@NonNull AuthorEdge> edges,
        @NonNull PageInfo pageInfo,
        @Ignore TotalCount count) {
}
