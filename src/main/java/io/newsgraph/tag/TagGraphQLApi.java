package io.newsgraph.tag;

import java.util.List;

import jakarta.enterprise.inject.Produces;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import io.newsgraph.core.node.Lookups;
import io.newsgraph.core.node.NodeLoader;
import io.newsgraph.core.pagination.PageRequest;

/** Everything that answers with tags. */
@GraphQLApi
public class TagGraphQLApi {

    private final TagService tagService;

    TagGraphQLApi(TagService tagService) {
        this.tagService = tagService;
    }

    @Query
    @Description("A tag by id or by slug; null when there is none.")
    public Tag tag(@Id String id, String slug) {
        return Lookups.byIdOrSlug(id, slug, Tag.TYPE, tagService::find, tagService::findBySlug,
                TagMapper::toTag);
    }

    @Query
    @NonNull
    @Description("All tags, by name. Page with first/after or last/before.")
    public TagConnection tags(Integer first, String after, Integer last, String before) {
        return TagMapper.toConnection(tagService.page(PageRequest.of(first, after, last, before)),
                tagService.byName(), tagService.totalCount());
    }

    @NonNull
    @Description("How many tags the whole list holds, across all its pages.")
    public List<@NonNull Integer> totalCount(@Source List<TagConnection> connections) {
        return tagService.totalCounts(connections.stream().map(TagConnection::count).toList());
    }

    @Produces
    NodeLoader tagNodes() {
        return new NodeLoader(Tag.TYPE, key -> tagService.find(key).map(TagMapper::toTag));
    }
}
