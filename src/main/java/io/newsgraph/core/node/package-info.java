/**
 * The Relay {@code Node} interface: global ids (a type and a key), {@code node(id:)}, and the lookups by id or slug
 * features share. It may use {@code core.error}.
 */
package io.newsgraph.core.node;
