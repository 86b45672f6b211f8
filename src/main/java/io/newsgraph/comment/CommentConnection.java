package io.newsgraph.comment;

import java.util.List;

import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

import io.newsgraph.core.pagination.PageInfo;
import io.newsgraph.core.pagination.TotalCount;

public record CommentConnection(
        @NonNull List<@NonNull CommentEdge> edges,
        @NonNull PageInfo pageInfo,
        @Ignore TotalCount count) {
}
