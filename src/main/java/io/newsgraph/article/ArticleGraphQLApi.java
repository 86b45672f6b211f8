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

import io.newsgraph.article.body.Paragraphs;
import io.newsgraph.author.Author;
import io.newsgraph.author.AuthorMapper;
import io.newsgraph.author.AuthorService;
import io.newsgraph.core.fetching.Batches;
import io.newsgraph.core.node.Lookups;
import io.newsgraph.core.node.NodeLoader;
import io.newsgraph.core.pagination.Listing;
import io.newsgraph.core.pagination.PageRequest;
import io.newsgraph.core.pagination.Slice;
import io.newsgraph.core.pagination.TotalCount;
import io.newsgraph.core.sql.Condition;
import io.newsgraph.source.SourceMapper;
import io.newsgraph.source.SourceService;
import io.newsgraph.tag.Tag;
import io.newsgraph.tag.TagEntity;
import io.newsgraph.tag.TagMapper;

/** Everything that answers with articles: the article queries and the article lists of other types. */
@GraphQLApi
public class ArticleGraphQLApi {

    private final ArticleService articleService;
    private final AuthorService authorService;
    private final SourceService sourceService;

    ArticleGraphQLApi(ArticleService articleService, AuthorService authorService, SourceService sourceService) {
        this.articleService = articleService;
        this.authorService = authorService;
        this.sourceService = sourceService;
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

    @NonNull
    @Description("The person who wrote the article.")
    @Name("author")
    public List<@NonNull Author> authorOfArticles(@Source List<Article> articles) {
        return Batches.resolve(articles, Article::authorKey, authorService::findAll, AuthorMapper::toAuthor);
    }

    @Name("source")
    @Description("The publication the article was translated or adapted from; null for original reporting.")
    public List<io.newsgraph.source.Source> sourceOfArticles(@Source List<Article> articles) {
        return Batches.resolve(articles, Article::sourceKey, sourceService::findAll, SourceMapper::toSource);
    }

    @Name("tags")
    @NonNull
    @Description("The topics of the article, by name.")
    public List<@NonNull List<@NonNull Tag>> tagsOfArticles(@Source List<Article> articles) {
        Map<Long, List<TagEntity>> tags = articleService.tagsOf(Batches.keys(articles, Article::key));
        return Batches.align(articles, Article::key, tags, List.<TagEntity> of()).stream()
                .map(articleTags -> articleTags.stream().map(TagMapper::toTag).toList())
                .toList();
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
