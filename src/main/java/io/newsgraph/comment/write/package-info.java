/**
 * What readers do to comments: the {@code addComment} mutation, its input and payload, its rate limit per client, whether a new
 * comment waits for moderation, and the transactional service behind it. It may use {@code comment}, {@code article} and the
 * {@code core}
 * packages.
 */
package io.newsgraph.comment.write;
