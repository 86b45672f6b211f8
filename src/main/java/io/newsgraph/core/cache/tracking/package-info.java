/**
 * What an answer read, for the response cache to evict it by: read subjects (rows by key, lists by parent,
 * {@link io.newsgraph.core.cache.tracking.ReadSubject}), the reads one answer recorded
 * ({@link io.newsgraph.core.cache.tracking.Reads}), derived from the listings the read paths read through, and which
 * keys of them a content change affects. Both read paths record into it. It may use {@code core.events},
 * {@code core.pagination} and {@code core.sql}.
 */
package io.newsgraph.core.cache.tracking;
