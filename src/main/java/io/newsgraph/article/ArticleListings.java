package io.newsgraph.article;

import io.newsgraph.core.pagination.Listing;
import io.newsgraph.core.pagination.SqlFilter;

/** The lists of articles readers page through: only published articles, ever. */
final class ArticleListings {

    static final Listing PUBLISHED = Listing.of("article e", "e.status = 'PUBLISHED'");
    static final Listing PUBLISHED_BY_AUTHOR = PUBLISHED.nestedBy("e.author_id");
    static final Listing PUBLISHED_BY_SOURCE = PUBLISHED.nestedBy("e.source_id");
    static final Listing PUBLISHED_BY_TAG = Listing
            .of("article e join article_tag t on t.article_id = e.id", "e.status = 'PUBLISHED'")
            .nestedBy("t.tag_id");

    private ArticleListings() {
    }

    static SqlFilter filter(ArticleCriteria criteria) {
        return SqlFilter.none()
                .and("e.author_id = :authorKey", "authorKey", criteria.authorKey())
                .and("e.author_id = (select a.id from author a where a.slug = :authorSlug)",
                        "authorSlug", criteria.authorSlug())
                .and("e.source_id = :sourceKey", "sourceKey", criteria.sourceKey())
                .and("e.source_id = (select s.id from source s where s.slug = :sourceSlug)",
                        "sourceSlug", criteria.sourceSlug())
                .and("exists (select 1 from article_tag f where f.article_id = e.id and f.tag_id = :tagKey)",
                        "tagKey", criteria.tagKey())
                .and("exists (select 1 from article_tag f join tag g on g.id = f.tag_id"
                        + " where f.article_id = e.id and g.slug = :tagSlug)", "tagSlug", criteria.tagSlug())
                .and("(e.language = :language or e.language like :language || '-%')",
                        "language", criteria.language());
    }
}
