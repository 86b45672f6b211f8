package io.newsgraph.comment.moderation;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import io.newsgraph.comment.Comment;
import io.newsgraph.comment.CommentEntity;
import io.newsgraph.comment.CommentListings;
import io.newsgraph.core.error.ConflictException;
import io.newsgraph.core.fetching.ListingQueries;
import io.newsgraph.core.node.GlobalId;
import io.newsgraph.core.pagination.PageRequest;
import io.newsgraph.core.pagination.Slice;
import io.newsgraph.core.pagination.TotalCount;
import io.newsgraph.core.write.Edits;
import io.newsgraph.core.write.IdempotentWrites;

/** What moderators do: work through the new comments, oldest first, approving, rejecting or deleting them. */
@ApplicationScoped
public class ModerationService {

    private final ListingQueries listingQueries;
    private final IdempotentWrites idempotentWrites;
    private final EntityManager entityManager;

    ModerationService(ListingQueries listingQueries, IdempotentWrites idempotentWrites, EntityManager entityManager) {
        this.listingQueries = listingQueries;
        this.idempotentWrites = idempotentWrites;
        this.entityManager = entityManager;
    }

    @Transactional(TxType.SUPPORTS)
    Slice<CommentEntity> queue(PageRequest request) {
        return listingQueries.page(CommentListings.AWAITING_MODERATION, CommentListings.CHRONOLOGICAL, request);
    }

    TotalCount queueCount() {
        return new TotalCount.OfListing(CommentListings.AWAITING_MODERATION);
    }

    /**
     * Approves or rejects a comment, pending or already decided. A reply is approved only while readers see the comment
     * it answers: below a pending or rejected one, it would say APPROVED and show nothing, then show itself, unread
     * again, the day that comment is approved.
     */
    @Transactional
    public CommentEntity moderate(long key, ModerationDecision decision, String idempotencyKey) {
        idempotentWrites.once(idempotencyKey, "moderateComment", List.of(key, decision), () -> {
            CommentEntity comment = comment(key);
            if (decision == ModerationDecision.APPROVE && comment.parent != null && !readersSee(comment.parent)) {
                throw new ConflictException("The comment answers '" + GlobalId.encode(Comment.TYPE, comment.parent.id)
                        + "', which readers do not see (it, or a comment it answers, is pending or rejected), so it"
                        + " cannot be approved: approve that one first, or reject this one.");
            }
            comment.status = decision.status();
            return key;
        });
        return comment(key);
    }

    /** Deletes a comment with its replies; returns its key. */
    @Transactional
    public long delete(long key, String idempotencyKey) {
        return idempotentWrites.once(idempotencyKey, "deleteComment", key, () -> {
            comment(key).delete();
            return key;
        });
    }

    /**
     * Whether readers see a comment, read afresh with its row locked in share mode: a concurrent rejection of it then
     * either committed before, and is read here, or waits for this transaction, and then hides what it approves.
     */
    private boolean readersSee(CommentEntity comment) {
        entityManager.refresh(comment, LockModeType.PESSIMISTIC_READ);
        return comment.threadApproved;
    }

    private static CommentEntity comment(long key) {
        return CommentEntity.<CommentEntity> findByIdOptional(key).orElseThrow(() -> Edits.notFound(Comment.TYPE, key));
    }
}
