package io.newsgraph.author;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import io.newsgraph.core.pagination.Listing;
import io.newsgraph.core.persistence.NamedContentService;
import io.newsgraph.core.planning.model.PlannedField;
import io.newsgraph.core.planning.model.QueryField;
import io.newsgraph.core.planning.model.ReadModel;
import io.newsgraph.core.planning.model.ReadModelContribution;

/** How the read planner reads authors: the same fields and lists as {@link AuthorGraphQLApi}. */
@ApplicationScoped
class AuthorReadModel implements ReadModelContribution {

    private final AuthorService authorService;

    AuthorReadModel(AuthorService authorService) {
        this.authorService = authorService;
    }

    @Override
    public void declare(ReadModel.Declarations declarations) {
        Listing<AuthorEntity> all = NamedContentService.listing(AuthorEntity.class);
        declarations.type(Author.TYPE, all)
                .globalId()
                .attributes("slug", "name", "bio", "location", "version")
                .field("socialLinks", new PlannedField.Elements("socialLinks",
                        Map.of("network", "network", "url", "url", "handle", "handle"), "network"))
                .reachableById(all);
        declarations
                .query("author", new QueryField.Lookup(AuthorEntity.class, "slug"))
                .query("authors", new QueryField.TopConnection<>(all, null, List.of(), arguments -> authorService.byName()));
    }
}
