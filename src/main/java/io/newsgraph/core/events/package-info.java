/**
 * Changes to the content as PostgreSQL notifies them at COMMIT, on one listening connection per copy
 * ({@link io.newsgraph.core.events.ContentChanges}), and the live events subscriptions send, read from them. It may use
 * {@code core.sql}.
 */
package io.newsgraph.core.events;
