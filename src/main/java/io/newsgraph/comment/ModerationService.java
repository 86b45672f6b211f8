package io.newsgraph.comment;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import io.newsgraph.core.fetching.ListingQueries;
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

    ModerationService(ListingQueries listingQueries, IdempotentWrites idempotentWrites) {
        this.listingQueries = listingQueries;
        this.idempotentWrites = idempotentWrites;
    }

    @Transactional(TxType.SUPPORTS)
    Slice<CommentEntity> queue(PageRequest request) {
        return listingQueries.page(CommentListings.AWAITING_MODERATION, CommentListings.CHRONOLOGICAL, request);
    }

    TotalCount queueCount() {
        return new TotalCount.OfListing(CommentListings.AWAITING_MODERATION);
    }

    /** Approves or rejects a comment, pending or already decided. */
    @Transactional
    public CommentEntity moderate(long key, ModerationDecision decision, String idempotencyKey) {
        idempotentWrites.once(idempotencyKey, "moderateComment", List.of(key, decision), () -> {
            comment(key).status = decision.status();
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

    private static CommentEntity comment(long key) {
        return CommentEntity.<CommentEntity> findByIdOptional(key).orElseThrow(() -> Edits.notFound(Comment.TYPE, key));
    }
}
