package io.newsgraph.article;

import io.newsgraph.core.pagination.Listing;
import io.newsgraph.core.sql.Condition;
import io.newsgraph.core.sql.Relation;

/** The lists of articles readers page through: only published articles, ever. */
public final class ArticleListings {

    /** What readers may see of the articles, wherever articles are read. */
    public static final Condition VISIBLE = Condition.equal("status", ArticleStatus.PUBLISHED);

    static final Listing<ArticleEntity> PUBLISHED = Listing.of(ArticleEntity.class, VISIBLE);
    static final Listing<ArticleEntity> PUBLISHED_BY_AUTHOR = PUBLISHED.nestedBy(Relation.byForeignKey("author"));
    static final Listing<ArticleEntity> PUBLISHED_BY_SOURCE = PUBLISHED.nestedBy(Relation.byForeignKey("source"));
    static final Listing<ArticleEntity> PUBLISHED_BY_TAG = PUBLISHED.nestedBy(Relation.byOwnCollection("tags"));

    private ArticleListings() {
    }
}
