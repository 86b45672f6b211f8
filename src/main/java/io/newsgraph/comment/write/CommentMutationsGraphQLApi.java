package io.newsgraph.comment.write;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;

import io.newsgraph.comment.CommentMapper;
import io.newsgraph.core.ratelimit.RateLimited;
import io.newsgraph.core.write.IdempotencyKey;

/** What readers write: comments. Anyone may comment, as often as the rate limit lets a client address. */
@GraphQLApi
public class CommentMutationsGraphQLApi {

    private final CommentWriteService commentWriteService;

    CommentMutationsGraphQLApi(CommentWriteService commentWriteService) {
        this.commentWriteService = commentWriteService;
    }

    @Mutation
    @PermitAll
    @RateLimited
    @Description("Leaves a comment on a published article, or a reply to a comment readers see. It waits for a moderator"
            + " (status PENDING) unless the site approves comments at once. Anyone may comment, a few times a minute.")
    public CommentPayload addComment(@NonNull @Valid CommentInput input,
            @IdempotencyKey @Description(IdempotencyKey.DESCRIPTION) String idempotencyKey) {
        return new CommentPayload(CommentMapper.toComment(commentWriteService.add(input, idempotencyKey)));
    }
}
