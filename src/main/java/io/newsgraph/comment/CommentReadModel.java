package io.newsgraph.comment;

import jakarta.enterprise.context.ApplicationScoped;

import io.newsgraph.article.Article;
import io.newsgraph.core.planning.model.PlannedField;
import io.newsgraph.core.planning.model.ReadModel;
import io.newsgraph.core.planning.model.ReadModelContribution;

/** How the read planner reads comments: the same fields, visibility and lists as {@link CommentGraphQLApi}. */
@ApplicationScoped
class CommentReadModel implements ReadModelContribution {

    @Override
    public void declare(ReadModel.Declarations declarations) {
        declarations.type(Comment.TYPE, CommentListings.READABLE)
                .globalId()
                .attributes("authorName", "body", "createdAt", "status")
                .field("article", new PlannedField.ToOne("article"))
                .field("parent", new PlannedField.ToOne("parent"))
                .field("replies", new PlannedField.NestedConnection<>(CommentListings.REPLIES,
                        arguments -> CommentListings.CHRONOLOGICAL))
                .reachableById(CommentListings.READABLE_ON_PUBLISHED);
        declarations
                .field(Article.TYPE, "comments", new PlannedField.NestedConnection<>(CommentListings.THREADS_OF_ARTICLE,
                        arguments -> CommentListings.CHRONOLOGICAL))
                .field(Article.TYPE, "commentCount", new PlannedField.Count(CommentListings.ALL_OF_ARTICLE))
                // only moderators may read the queue: the resolvers check the role and refuse anyone else
                .resolverOnly("Query", "moderationQueue");
    }
}
