package io.newsgraph.comment;

/** Moderation state: readers only ever see APPROVED comments. */
public enum CommentStatus {
    PENDING,
    APPROVED,
    REJECTED
}
