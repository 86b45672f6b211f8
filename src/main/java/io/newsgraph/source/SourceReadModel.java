package io.newsgraph.source;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.newsgraph.core.pagination.Listing;
import io.newsgraph.core.persistence.NamedContentService;
import io.newsgraph.core.planning.model.QueryField;
import io.newsgraph.core.planning.model.ReadModel;
import io.newsgraph.core.planning.model.ReadModelContribution;

/** How the read planner reads sources: the same fields and lists as {@link SourceGraphQLApi}. */
@ApplicationScoped
class SourceReadModel implements ReadModelContribution {

    private final SourceService sourceService;

    SourceReadModel(SourceService sourceService) {
        this.sourceService = sourceService;
    }

    @Override
    public void declare(ReadModel.Declarations declarations) {
        Listing<SourceEntity> all = NamedContentService.listing(SourceEntity.class);
        declarations.type(Source.TYPE, all)
                .globalId()
                .attributes("slug", "name", "url", "language", "version")
                .reachableById(all);
        declarations
                .query("source", new QueryField.Lookup(SourceEntity.class, "slug"))
                .query("sources", new QueryField.TopConnection<>(all, null, List.of(), arguments -> sourceService.byName()));
    }
}
