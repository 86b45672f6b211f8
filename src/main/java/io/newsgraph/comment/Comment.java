package io.newsgraph.comment;

import java.time.Instant;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.newsgraph.core.node.Node;

@Type("Comment")
@Description("A reader's comment on an article, or a reply to another comment. Readers see a comment when it is approved"
        + " and so is every comment it answers, up its conversation.")
public record Comment(
        @Id @NonNull String id,
        @NonNull @Description("The name the commenter signed with.") String authorName,
        @NonNull String body,
        @NonNull Instant createdAt,
        @NonNull @Description("APPROVED for every comment readers see; moderators also see PENDING ones.") CommentStatus status,
        @Ignore long key,
        @Ignore long articleKey,
        @Ignore Long parentKey) implements Node {

    public static final String TYPE = "Comment";
}
