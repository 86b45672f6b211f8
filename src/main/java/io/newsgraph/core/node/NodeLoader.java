package io.newsgraph.core.node;

import java.util.Optional;
import java.util.function.LongFunction;

/**
 * Loads the nodes of one GraphQL type by key, for {@code node(id:)}. Each feature produces one for its
 * node type, so that the core needs to know none of them.
 *
 * @param type the GraphQL type name found in the global ids this loader understands
 * @param loader the node with a key, if it exists and the caller may see it
 */
public record NodeLoader(String type, LongFunction<Optional<? extends Node>> loader) {

    Optional<? extends Node> load(long key) {
        return loader.apply(key);
    }
}
