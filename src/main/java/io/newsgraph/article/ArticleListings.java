package io.newsgraph.article;

import java.util.function.Predicate;

import io.newsgraph.core.pagination.Listing;
import io.newsgraph.core.persistence.NamedContentService;
import io.newsgraph.core.security.Roles;
import io.newsgraph.core.sql.Condition;
import io.newsgraph.core.sql.Relation;
import io.newsgraph.tag.TagEntity;

/**
 * The lists of articles requesters page through. Readers only ever see published articles; editors also see drafts
 * and archived ones, wherever they look an article up by itself or ask for a status, and nowhere else: the lists that
 * hang below authors, sources, tags and comments are the same for everyone.
 */
public final class ArticleListings {

    /** What readers may see of the articles, wherever articles are read. */
    public static final Condition VISIBLE = Condition.equal("status", ArticleStatus.PUBLISHED);

    static final Listing<ArticleEntity> PUBLISHED = Listing.of(ArticleEntity.class, VISIBLE);
    static final Listing<ArticleEntity> PUBLISHED_BY_AUTHOR = PUBLISHED.nestedBy(Relation.byForeignKey("author"));
    static final Listing<ArticleEntity> PUBLISHED_BY_SOURCE = PUBLISHED.nestedBy(Relation.byForeignKey("source"));
    static final Listing<ArticleEntity> PUBLISHED_BY_TAG = PUBLISHED.nestedBy(Relation.byOwnCollection("tags"));
    /** The tags of an article: the article entity owns the relation. */
    static final Listing<TagEntity> TAGS = NamedContentService.listing(TagEntity.class)
            .nestedBy(Relation.byParentCollection(ArticleEntity.class, "tags"));
    /** Every article, whatever its status: what editors see. */
    static final Listing<ArticleEntity> ANY_STATUS = Listing.of(ArticleEntity.class, Condition.always());

    private ArticleListings() {
    }

    /**
     * The articles a requester may look up by id or slug, by the roles it holds: both read paths ask here, the
     * resolvers with the requester's identity, the planner with the visibility its plan is compiled for.
     */
    static Listing<ArticleEntity> visibleTo(Predicate<String> hasRole) {
        return hasRole.test(Roles.EDITOR) ? ANY_STATUS : PUBLISHED;
    }

    /**
     * The articles a requester lists at the top level with a filter that names {@code status}, or none: a list of one
     * status, the published ones when it names none. Only editors see rows in the lists of other statuses.
     */
    static Listing<ArticleEntity> listedFor(Predicate<String> hasRole, ArticleStatus status) {
        return status == null ? PUBLISHED : visibleTo(hasRole);
    }
}
