/**
 * What the entities share (a key, a version, timestamps; a name and a slug), the service of named content, and the
 * connection pool's set-up. It may use {@code core.fetching}, {@code core.pagination}, {@code core.sql} and
 * {@code core.error}.
 */
package io.newsgraph.core.persistence;
