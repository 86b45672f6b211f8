/**
 * Lists and their pages: what a list is ({@link io.newsgraph.core.pagination.Listing}: an entity, the condition
 * readers see it under, the parent it hangs below), keyset orders, page requests, cursors, slices and what a
 * connection's {@code totalCount} counts. It may use {@code core.sql} and {@code core.error}.
 */
package io.newsgraph.core.pagination;
