package io.newsgraph.tag;

import java.util.List;

import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

import io.newsgraph.core.pagination.PageInfo;
import io.newsgraph.core.pagination.TotalCount;

public record TagConnection(
        @NonNull List<@NonNull TagEdge> edges,
        @NonNull PageInfo pageInfo,
        @Ignore TotalCount count) {
}
