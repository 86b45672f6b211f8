package io.newsgraph.comment.live;

import jakarta.annotation.security.PermitAll;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

import io.newsgraph.article.Article;
import io.newsgraph.comment.Comment;
import io.newsgraph.core.node.GlobalId;
import io.smallrye.graphql.api.Subscription;
import io.smallrye.mutiny.Multi;

/** Live comments, for an article page that shows new comments as readers may see them. */
@GraphQLApi
public class CommentSubscriptionsGraphQLApi {

    private final CommentEvents commentEvents;

    CommentSubscriptionsGraphQLApi(CommentEvents commentEvents) {
        this.commentEvents = commentEvents;
    }

    @Subscription
    @PermitAll
    @Description("Each comment on the article that readers can see from now on: left and approved at once, approved by"
            + " a moderator, or shown again with the comment it answers. Completes when the service may have missed some"
            + " (its database connection broke, or the client fell behind): read the comments again and subscribe again."
            + " An argument refused gives one null with its error.")
    public Multi<Comment> commentAdded(@NonNull @Id String articleId) {
        return commentEvents.added(GlobalId.decodeKey(articleId, Article.TYPE));
    }
}
