package io.newsgraph.comment;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("CommentPayload")
@Description("The answer to a new comment or a moderation: the comment as it was saved, with its status.")
public record CommentPayload(@NonNull Comment comment) {
}
