package io.newsgraph.comment;

import io.newsgraph.article.ArticleListings;
import io.newsgraph.core.pagination.CursorValueType;
import io.newsgraph.core.pagination.KeysetOrder;
import io.newsgraph.core.pagination.Listing;
import io.newsgraph.core.pagination.SortDirection;
import io.newsgraph.core.sql.Condition;
import io.newsgraph.core.sql.Relation;

/**
 * The lists of comments readers see, approved ones, and the one moderators work through; oldest first, as a
 * conversation reads.
 */
final class CommentListings {

    /** What readers may see of the comments, wherever comments are read. */
    static final Condition VISIBLE = Condition.equal("status", CommentStatus.APPROVED);

    static final Listing<CommentEntity> APPROVED = Listing.of(CommentEntity.class, VISIBLE);
    /** A comment reached by itself (by its id) must also be on an article readers may see. */
    static final Listing<CommentEntity> APPROVED_ON_PUBLISHED = APPROVED
            .narrowedBy(Condition.related("article", ArticleListings.VISIBLE));
    /** The comments that start a conversation on an article. */
    static final Listing<CommentEntity> THREADS_OF_ARTICLE = APPROVED.narrowedBy(Condition.isNull("parent"))
            .nestedBy(Relation.byForeignKey("article"));
    static final Listing<CommentEntity> REPLIES = APPROVED.nestedBy(Relation.byForeignKey("parent"));
    /** Every approved comment of an article, replies included: what its comment count counts. */
    static final Listing<CommentEntity> ALL_OF_ARTICLE = APPROVED.nestedBy(Relation.byForeignKey("article"));

    /** The moderation queue: new comments on articles readers see, which moderators approve or reject. */
    static final Listing<CommentEntity> AWAITING_MODERATION = Listing.of(CommentEntity.class,
            Condition.equal("status", CommentStatus.PENDING)).narrowedBy(Condition.related("article", ArticleListings.VISIBLE));

    static final KeysetOrder<CommentEntity> CHRONOLOGICAL = new KeysetOrder<>("comment.CREATED_AT", "createdAt",
            SortDirection.ASC, CursorValueType.INSTANT, comment -> comment.createdAt, comment -> comment.id);

    private CommentListings() {
    }
}
