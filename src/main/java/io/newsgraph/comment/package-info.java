/**
 * The comment feature: readers' comments on articles, moderated before readers see them, their API types, queries,
 * mutations ({@code addComment}, moderation), the {@code commentAdded} subscription, what readers and moderators may
 * see, how the read planner reads them, and the fields that link a comment to its article. It may use {@code article}
 * and the {@code core} packages.
 */
package io.newsgraph.comment;
