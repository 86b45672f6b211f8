package io.newsgraph.comment.moderation;

import jakarta.annotation.security.RolesAllowed;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import io.newsgraph.comment.Comment;
import io.newsgraph.comment.CommentConnection;
import io.newsgraph.comment.CommentListings;
import io.newsgraph.comment.CommentMapper;
import io.newsgraph.comment.write.CommentPayload;
import io.newsgraph.core.node.GlobalId;
import io.newsgraph.core.pagination.PageRequest;
import io.newsgraph.core.security.Roles;
import io.newsgraph.core.write.DeletePayload;
import io.newsgraph.core.write.IdempotencyKey;

/** What moderators read and do; see {@link ModerationService}. */
@GraphQLApi
@RolesAllowed(Roles.MODERATOR)
public class ModerationGraphQLApi {

    private final ModerationService moderationService;

    ModerationGraphQLApi(ModerationService moderationService) {
        this.moderationService = moderationService;
    }

    @Query
    @NonNull
    @Description("The comments awaiting moderation on published articles, oldest first. Page with first/after or"
            + " last/before. Moderators only.")
    public CommentConnection moderationQueue(Integer first, String after, Integer last, String before) {
        return CommentMapper.toConnection(moderationService.queue(PageRequest.of(first, after, last, before)),
                CommentListings.CHRONOLOGICAL, moderationService.queueCount());
    }

    @Mutation
    @Description("Approves a comment, which readers then see, or rejects it, which hides the replies below it too. A reply"
            + " below a comment readers do not see (pending or rejected) cannot be approved: CONFLICT. Moderators only.")
    public CommentPayload moderateComment(@NonNull @Id String id, @NonNull ModerationDecision decision,
            @IdempotencyKey @Description(IdempotencyKey.DESCRIPTION) String idempotencyKey) {
        return new CommentPayload(
                CommentMapper.toComment(moderationService.moderate(key(id), decision, idempotencyKey)));
    }

    @Mutation
    @Description("Deletes a comment and the replies to it. Moderators only.")
    public DeletePayload deleteComment(@NonNull @Id String id,
            @IdempotencyKey @Description(IdempotencyKey.DESCRIPTION) String idempotencyKey) {
        return new DeletePayload(GlobalId.encode(Comment.TYPE, moderationService.delete(key(id), idempotencyKey)));
    }

    private static long key(String id) {
        return GlobalId.decodeKey(id, Comment.TYPE);
    }
}
