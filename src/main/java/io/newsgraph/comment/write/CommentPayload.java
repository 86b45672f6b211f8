package io.newsgraph.comment.write;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.newsgraph.comment.Comment;

@Type("CommentPayload")
@Description("The answer to a new comment or a moderation: the comment as it was saved, with its status.")
public record CommentPayload(@NonNull Comment comment) {
}
