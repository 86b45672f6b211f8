package io.newsgraph.comment.moderation;

import org.eclipse.microprofile.graphql.Description;

import io.newsgraph.comment.CommentStatus;

@Description("What a moderator decides about a comment.")
public enum ModerationDecision {
    @Description("Readers see the comment. A reply can be approved only while readers see the comment it answers.")
    APPROVE(CommentStatus.APPROVED),
    @Description("Readers never see the comment, nor the replies below it.")
    REJECT(CommentStatus.REJECTED);

    private final CommentStatus status;

    ModerationDecision(CommentStatus status) {
        this.status = status;
    }

    CommentStatus status() {
        return status;
    }
}
