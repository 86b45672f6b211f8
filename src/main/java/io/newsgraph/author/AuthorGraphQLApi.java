package io.newsgraph.author;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.inject.Produces;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import io.newsgraph.core.fetching.Batches;
import io.newsgraph.core.node.Lookups;
import io.newsgraph.core.node.NodeLoader;
import io.newsgraph.core.pagination.PageRequest;

/** Everything that answers with authors. */
@GraphQLApi
public class AuthorGraphQLApi {

    private final AuthorService authorService;

    AuthorGraphQLApi(AuthorService authorService) {
        this.authorService = authorService;
    }

    @Query
    @Description("An author by id or by slug; null when there is none.")
    public Author author(@Id String id, String slug) {
        return Lookups.byIdOrSlug(id, slug, Author.TYPE, authorService::find, authorService::findBySlug,
                AuthorMapper::toAuthor);
    }

    @Query
    @NonNull
    @Description("All authors, by name. Page with first/after or last/before.")
    public AuthorConnection authors(Integer first, String after, Integer last, String before) {
        return AuthorMapper.toConnection(authorService.page(PageRequest.of(first, after, last, before)),
                authorService.byName(), authorService.totalCount());
    }

    @NonNull
    @Description("Where to follow the author.")
    public List<@NonNull List<@NonNull SocialLink>> socialLinks(@Source List<Author> authors) {
        Map<Long, List<SocialLinkEmbeddable>> links = authorService.socialLinks(Batches.keys(authors, Author::key));
        return Batches.align(authors, Author::key, links, List.of()).stream()
                .map(authorLinks -> authorLinks.stream().map(AuthorMapper::toSocialLink).toList())
                .toList();
    }

    @NonNull
    @Description("How many authors the whole list holds, across all its pages.")
    public List<@NonNull Integer> totalCount(@Source List<AuthorConnection> connections) {
        return authorService.totalCounts(connections.stream().map(AuthorConnection::count).toList());
    }

    @Produces
    NodeLoader authorNodes() {
        return new NodeLoader(Author.TYPE, key -> authorService.find(key).map(AuthorMapper::toAuthor));
    }
}
