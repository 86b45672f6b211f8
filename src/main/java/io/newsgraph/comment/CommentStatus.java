package io.newsgraph.comment;

import org.eclipse.microprofile.graphql.Description;

@Description("Where a comment is in moderation: readers only ever see APPROVED ones, below APPROVED ones.")
public enum CommentStatus {
    PENDING,
    APPROVED,
    REJECTED
}
