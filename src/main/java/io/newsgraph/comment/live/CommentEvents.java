package io.newsgraph.comment.live;

import jakarta.enterprise.context.ApplicationScoped;

import io.newsgraph.comment.Comment;
import io.newsgraph.comment.CommentEntity;
import io.newsgraph.comment.CommentMapper;
import io.newsgraph.comment.CommentService;
import io.newsgraph.core.events.Feed;
import io.newsgraph.core.events.LiveEvents;
import io.smallrye.mutiny.Multi;

/**
 * Comments as they become visible to readers: a new comment approved at once, a pending one a moderator approves, or
 * the replies shown again with a comment a moderator approves again, on a published article, from this copy, another
 * one or any other client of the database. Whether readers see a comment is its {@code threadApproved}, which the
 * database changes for every reply below a comment whose status changes: a reply below a comment that is not approved
 * is never sent.
 */
@ApplicationScoped
class CommentEvents {

    private final Feed<Comment> added;

    CommentEvents(LiveEvents events, CommentService comments) {
        this.added = events.feed("commentAdded", CommentEntity.class, "threadApproved",
                keys -> comments.findVisible(keys).values().stream().map(CommentMapper::toComment).toList(),
                Comment::key);
    }

    /** The comments readers can see from now on, on one article. */
    Multi<Comment> added(long articleKey) {
        return added.subscribe(comment -> comment.articleKey() == articleKey);
    }
}
