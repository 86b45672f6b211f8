package io.newsgraph.tag;

import io.newsgraph.article.ArticleEntity;
import io.newsgraph.core.pagination.Listing;
import io.newsgraph.core.persistence.NamedContentService;
import io.newsgraph.core.sql.Relation;

/** The lists of tags readers see. */
final class TagListings {

    /** The tags of an article: the article entity owns the relation. */
    static final Listing<TagEntity> OF_ARTICLE = NamedContentService.listing(TagEntity.class)
            .nestedBy(Relation.byParentCollection(ArticleEntity.class, "tags"));

    private TagListings() {
    }
}
