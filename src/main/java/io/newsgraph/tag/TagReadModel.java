package io.newsgraph.tag;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.newsgraph.core.pagination.Listing;
import io.newsgraph.core.persistence.NamedContentService;
import io.newsgraph.core.planning.model.QueryField;
import io.newsgraph.core.planning.model.ReadModel;
import io.newsgraph.core.planning.model.ReadModelContribution;

/** How the read planner reads tags: the same fields and lists as {@link TagGraphQLApi}. */
@ApplicationScoped
class TagReadModel implements ReadModelContribution {

    private final TagService tagService;

    TagReadModel(TagService tagService) {
        this.tagService = tagService;
    }

    @Override
    public void declare(ReadModel.Declarations declarations) {
        Listing<TagEntity> all = NamedContentService.listing(TagEntity.class);
        declarations.type(Tag.TYPE, all)
                .globalId()
                .attributes("slug", "name", "version")
                .reachableById(all);
        declarations
                .query("tag", new QueryField.Lookup(TagEntity.class, "slug"))
                .query("tags", new QueryField.TopConnection<>(all, null, List.of(), arguments -> tagService.byName()));
    }
}
