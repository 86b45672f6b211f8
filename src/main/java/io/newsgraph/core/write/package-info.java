/**
 * What the features' writes share: edits that name the version they were made from, slugs, named content's
 * create, update and delete, and idempotency keys that make a write sent again return what it did. It may use
 * {@code core.persistence}, {@code core.validation}, {@code core.node}, {@code core.error} and {@code core.digest}.
 */
package io.newsgraph.core.write;
