package io.newsgraph.article;

import io.newsgraph.article.body.Image;
import io.newsgraph.core.node.GlobalId;
import io.newsgraph.core.pagination.KeysetOrder;
import io.newsgraph.core.pagination.PageInfo;
import io.newsgraph.core.pagination.Slice;
import io.newsgraph.core.pagination.TotalCount;

public final class ArticleMapper {

    private ArticleMapper() {
    }

    public static Article toArticle(ArticleEntity entity) {
        return new Article(
                GlobalId.encode(Article.TYPE, entity.id),
                entity.slug,
                entity.title,
                entity.lede,
                entity.body,
                entity.language,
                entity.status,
                entity.byline,
                entity.publishedAt,
                entity.updatedAt,
                Math.toIntExact(entity.version),
                entity.readingTimeMinutes,
                entity.imageUrl == null ? null : new Image(entity.imageUrl, entity.imageAlt),
                entity.canonicalUrl,
                entity.id,
                entity.author.id,
                entity.source == null ? null : entity.source.id);
    }

    static ArticleConnection toConnection(Slice<ArticleEntity> slice, KeysetOrder<ArticleEntity> order,
            TotalCount count) {
        return new ArticleConnection(slice.edges(order, ArticleMapper::toArticle, ArticleEdge::new),
                PageInfo.of(slice, order), count);
    }
}
