/**
 * Rate limits per client address, on the mutations that say so ({@code addComment}). It may use {@code core.http}
 * (the client address) and {@code core.error}.
 */
package io.newsgraph.core.ratelimit;
