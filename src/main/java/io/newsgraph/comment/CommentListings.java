package io.newsgraph.comment;

import io.newsgraph.article.ArticleListings;
import io.newsgraph.core.pagination.CursorValueType;
import io.newsgraph.core.pagination.KeysetOrder;
import io.newsgraph.core.pagination.Listing;
import io.newsgraph.core.pagination.SortDirection;
import io.newsgraph.core.sql.Condition;
import io.newsgraph.core.sql.Relation;

/**
 * The lists of comments readers see, those of approved threads, and the one moderators work through; oldest first, as
 * a conversation reads.
 */
public final class CommentListings {

    /**
     * What readers may see of the comments, wherever comments are read: a comment approved, below comments that are all
     * approved too, so that rejecting or deleting a comment hides the conversation below it.
     */
    static final Condition VISIBLE = Condition.isTrue("threadApproved");

    static final Listing<CommentEntity> READABLE = Listing.of(CommentEntity.class, VISIBLE);
    /** A comment reached by itself (by its id) must also be on an article readers may see. */
    static final Listing<CommentEntity> READABLE_ON_PUBLISHED = READABLE
            .narrowedBy(Condition.related("article", ArticleListings.VISIBLE));
    /** The comments that start a conversation on an article. */
    static final Listing<CommentEntity> THREADS_OF_ARTICLE = READABLE.narrowedBy(Condition.isNull("parent"))
            .nestedBy(Relation.byForeignKey("article"));
    static final Listing<CommentEntity> REPLIES = READABLE.nestedBy(Relation.byForeignKey("parent"));
    /** Every comment of an article readers see, replies included: what its comment count counts. */
    static final Listing<CommentEntity> ALL_OF_ARTICLE = READABLE.nestedBy(Relation.byForeignKey("article"));

    /**
     * The moderation queue: new comments on articles readers see, which moderators approve or reject; replies below a
     * comment that is not approved among them, which can only be rejected until that one is approved.
     */
    public static final Listing<CommentEntity> AWAITING_MODERATION = Listing.of(CommentEntity.class,
            Condition.equal("status", CommentStatus.PENDING)).narrowedBy(Condition.related("article", ArticleListings.VISIBLE));

    public static final KeysetOrder<CommentEntity> CHRONOLOGICAL = new KeysetOrder<>("comment.CREATED_AT", "createdAt",
            SortDirection.ASC, CursorValueType.INSTANT, comment -> comment.createdAt, comment -> comment.id);

    private CommentListings() {
    }
}
