/**
 * What moderators do: the queue of new comments, oldest first, and approving, rejecting or deleting them (a reply
 * cannot be approved under a parent readers cannot see). It may use {@code comment}, {@code comment.write} (whose
 * payload its mutations answer with) and the {@code core} packages.
 */
package io.newsgraph.comment.moderation;
