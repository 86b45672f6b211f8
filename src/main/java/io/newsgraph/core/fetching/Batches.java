package io.newsgraph.core.fetching;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Helpers for batched field resolvers, which receive a list of parents and must answer with a list
 * aligned with it, whatever order the database returned rows in.
 */
public final class Batches {

    private Batches() {
    }

    public static <P, K, R> List<R> align(List<P> parents, Function<P, K> keyOf, Map<K, R> resultsByKey,
            R missing) {
        return parents.stream().map(parent -> resultsByKey.getOrDefault(keyOf.apply(parent), missing)).toList();
    }

    public static <P, K> List<K> keys(List<P> parents, Function<P, K> keyOf) {
        return parents.stream().map(keyOf).distinct().toList();
    }

    /**
     * Resolves a to-one relation for every parent with one lookup of all their keys. A parent whose key
     * is null, or whose related row the lookup does not return (not visible), gets null.
     */
    public static <P, E, R> List<R> resolve(List<P> parents, Function<P, Long> keyOf,
            Function<List<Long>, Map<Long, E>> lookup, Function<E, R> mapper) {
        Map<Long, E> related = lookup.apply(parents.stream().map(keyOf).filter(Objects::nonNull).distinct().toList());
        List<R> result = new ArrayList<>(parents.size());
        for (P parent : parents) {
            Long key = keyOf.apply(parent);
            E row = key == null ? null : related.get(key);
            result.add(row == null ? null : mapper.apply(row));
        }
        return result;
    }
}
