package io.newsgraph.article;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import io.newsgraph.article.body.Paragraphs;
import io.newsgraph.author.Author;
import io.newsgraph.core.planning.model.PlannedField;
import io.newsgraph.core.planning.model.QueryField;
import io.newsgraph.core.planning.model.ReadModel;
import io.newsgraph.core.planning.model.ReadModelContribution;
import io.newsgraph.source.Source;
import io.newsgraph.tag.Tag;
import io.newsgraph.tag.TagService;

/**
 * How the read planner reads articles: the same fields, visibility (editors look up and list articles of any status) and
 * lists as {@link ArticleGraphQLApi}.
 */
@ApplicationScoped
class ArticleReadModel implements ReadModelContribution {

    private final TagService tagService;

    ArticleReadModel(TagService tagService) {
        this.tagService = tagService;
    }

    @Override
    public void declare(ReadModel.Declarations declarations) {
        declarations.type(Article.TYPE, ArticleListings.PUBLISHED)
                .globalId()
                .attributes("slug", "title", "lede", "body", "language", "status", "byline", "publishedAt", "updatedAt",
                        "version", "readingTimeMinutes", "canonicalUrl")
                .field("paragraphs", new PlannedField.Derived("body", body -> Paragraphs.of((String) body)))
                .field("image", new PlannedField.Embedded("imageUrl", Map.of("url", "imageUrl", "alt", "imageAlt")))
                .field("author", new PlannedField.ToOne("author"))
                .field("source", new PlannedField.ToOne("source"))
                .field("tags", new PlannedField.NestedList<>(ArticleListings.TAGS, tagService.byName()))
                .reachableById(visibility -> ArticleListings.visibleTo(visibility::has));
        declarations
                .field(Author.TYPE, "articles",
                        new PlannedField.NestedConnection<>(ArticleListings.PUBLISHED_BY_AUTHOR, ArticleOrder::keysetFor))
                .field(Source.TYPE, "articles",
                        new PlannedField.NestedConnection<>(ArticleListings.PUBLISHED_BY_SOURCE, ArticleOrder::keysetFor))
                .field(Tag.TYPE, "articles",
                        new PlannedField.NestedConnection<>(ArticleListings.PUBLISHED_BY_TAG, ArticleOrder::keysetFor))
                .query("article", new QueryField.Lookup(ArticleEntity.class, "slug"))
                .query("articles", new QueryField.TopConnection<>(
                        (arguments, visibility) -> ArticleListings.listedFor(visibility::has, ArticleOrder.status(arguments)),
                        "filter", List.of(ArticleFilterField.values()), ArticleOrder::keysetFor));
    }
}
