package io.newsgraph.source;

import java.util.List;

import jakarta.enterprise.inject.Produces;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import io.newsgraph.core.node.Lookups;
import io.newsgraph.core.node.NodeLoader;
import io.newsgraph.core.pagination.PageRequest;

/** Everything that answers with sources. */
@GraphQLApi
public class SourceGraphQLApi {

    private final SourceService sourceService;

    SourceGraphQLApi(SourceService sourceService) {
        this.sourceService = sourceService;
    }

    @Query
    @Description("A source by id or by slug; null when there is none.")
    public Source source(@Id String id, String slug) {
        return Lookups.byIdOrSlug(id, slug, Source.TYPE, sourceService::find, sourceService::findBySlug,
                SourceMapper::toSource);
    }

    @Query
    @NonNull
    @Description("All sources, by name. Page with first/after or last/before.")
    public SourceConnection sources(Integer first, String after, Integer last, String before) {
        return SourceMapper.toConnection(sourceService.page(PageRequest.of(first, after, last, before)),
                sourceService.byName(), sourceService.totalCount());
    }

    @NonNull
    @Description("How many sources the whole list holds, across all its pages.")
    public List<@NonNull Integer> totalCount(
            @org.eclipse.microprofile.graphql.Source List<SourceConnection> connections) {
        return sourceService.totalCounts(connections.stream().map(SourceConnection::count).toList());
    }

    @Produces
    NodeLoader sourceNodes() {
        return new NodeLoader(Source.TYPE, key -> sourceService.find(key).map(SourceMapper::toSource));
    }
}
