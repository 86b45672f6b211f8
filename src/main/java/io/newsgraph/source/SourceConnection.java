package io.newsgraph.source;

import java.util.List;

import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

import io.newsgraph.core.pagination.PageInfo;
import io.newsgraph.core.pagination.TotalCount;

public record SourceConnection(
        @NonNull List<@NonNull SourceEdge> edges,
        @NonNull PageInfo pageInfo,
        @Ignore TotalCount count) {
}
