/**
 * The comment feature: readers' comments on articles, moderated before readers see them, their API types and queries,
 * what readers and moderators may see, how the read planner reads them, and the fields that link a comment to its
 * article. Adding a comment is in {@code comment.write}, moderating in {@code comment.moderation}, the
 * {@code commentAdded} subscription in {@code comment.live}. It may use {@code article} and the {@code core} packages.
 */
package io.newsgraph.comment;
