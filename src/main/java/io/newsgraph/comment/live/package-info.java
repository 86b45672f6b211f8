/**
 * The {@code commentAdded} subscription: comments of an article as readers can first see them (approved, with every
 * ancestor approved), heard from PostgreSQL. It may use {@code comment} and the {@code core} packages.
 */
package io.newsgraph.comment.live;
