package io.newsgraph.article;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import jakarta.enterprise.inject.Produces;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import io.newsgraph.author.Author;
import io.newsgraph.comment.Comment;
import io.newsgraph.core.fetching.Batches;
import io.newsgraph.core.node.Lookups;
import io.newsgraph.core.node.NodeLoader;
import io.newsgraph.core.pagination.Listing;
import io.newsgraph.core.pagination.PageRequest;
import io.newsgraph.core.pagination.Slice;
import io.newsgraph.core.pagination.TotalCount;
import io.newsgraph.core.sql.Condition;
import io.newsgraph.tag.Tag;

/** Everything that answers with articles: the article queries and the article lists of other types. */
@GraphQLApi
public class ArticleGraphQLApi {

    private final ArticleService articleService;

    ArticleGraphQLApi(ArticleService articleService) {
        this.articleService = articleService;
    }

    @Query
    @Description("A published article by id or by slug, or for editors an article of any status; null when there is"
            + " none.")
    public Article article(@Id String id, String slug) {
        return Lookups.byIdOrSlug(id, slug, Article.TYPE, articleService::findVisible,
                articleService::findVisibleBySlug, ArticleMapper::toArticle);
    }

    @Query
    @NonNull
    @Description("Published articles, or for editors those of the status the filter names; newest first unless ordered"
            + " otherwise. Page with first/after or last/before.")
    public ArticleConnection articles(Integer first, String after, Integer last, String before,
            ArticleFilter filter, @DefaultValue("PUBLISHED_AT_DESC") ArticleOrder orderBy) {
        PageRequest request = PageRequest.of(first, after, last, before);
        Condition conditions = ArticleFilterField.of(filter);
        ArticleStatus status = filter == null ? null : filter.status();
        return ArticleMapper.toConnection(articleService.page(conditions, status, orderBy, request),
                orderBy.keyset(status), articleService.totalCount(conditions, status));
    }

    @Name("articles")
    @NonNull
    @Description("The author's published articles, newest first unless ordered otherwise.")
    public List<@NonNull ArticleConnection> articlesOfAuthors(@Source List<Author> authors,
            @DefaultValue("10") Integer first, String after, @DefaultValue("PUBLISHED_AT_DESC") ArticleOrder orderBy) {
        return nestedPages(authors, Author::key, ArticleListings.PUBLISHED_BY_AUTHOR, first, after, orderBy);
    }

    @Name("articles")
    @NonNull
    @Description("The source's published articles, newest first unless ordered otherwise.")
    public List<@NonNull ArticleConnection> articlesOfSources(@Source List<io.newsgraph.source.Source> sources,
            @DefaultValue("10") Integer first, String after, @DefaultValue("PUBLISHED_AT_DESC") ArticleOrder orderBy) {
        return nestedPages(sources, io.newsgraph.source.Source::key, ArticleListings.PUBLISHED_BY_SOURCE, first,
                after, orderBy);
    }

    @Name("articles")
    @NonNull
    @Description("The published articles with this tag, newest first unless ordered otherwise.")
    public List<@NonNull ArticleConnection> articlesOfTags(@Source List<Tag> tags,
            @DefaultValue("10") Integer first, String after, @DefaultValue("PUBLISHED_AT_DESC") ArticleOrder orderBy) {
        return nestedPages(tags, Tag::key, ArticleListings.PUBLISHED_BY_TAG, first, after, orderBy);
    }

    @NonNull
    @Description("The paragraphs of the body, in order.")
    public List<@NonNull String> paragraphs(@Source Article article) {
        // computed only when asked for: most lists of articles never show the body
        return Paragraphs.of(article.body());
    }

    @Name("article")
    @NonNull
    @Description("The article the comment is on.")
    public List<@NonNull Article> articleOfComments(@Source List<Comment> comments) {
        return Batches.resolve(comments, Comment::articleKey, articleService::findPublished, ArticleMapper::toArticle);
    }

    @NonNull
    @Description("How many articles the whole list holds, across all its pages.")
    public List<@NonNull Integer> totalCount(@Source List<ArticleConnection> connections) {
        return articleService.totalCounts(connections.stream().map(ArticleConnection::count).toList());
    }

    @Produces
    NodeLoader articleNodes() {
        return new NodeLoader(Article.TYPE, key -> articleService.findVisible(key).map(ArticleMapper::toArticle));
    }

    private <P> List<ArticleConnection> nestedPages(List<P> parents, Function<P, Long> keyOf,
            Listing<ArticleEntity> listing,
            Integer first, String after, ArticleOrder order) {
        PageRequest request = PageRequest.forward(first, after);
        Map<Long, Slice<ArticleEntity>> pages = articleService.pagesByParent(listing, Batches.keys(parents, keyOf),
                order, request);
        return parents.stream().map(keyOf).map(key -> ArticleMapper.toConnection(pages.get(key), order.keyset(),
                new TotalCount.OfParent(listing, key))).toList();
    }
}
