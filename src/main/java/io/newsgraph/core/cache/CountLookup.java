package io.newsgraph.core.cache;

/**
 * What the {@link CountCache} gives a request for one count: the count it keeps, or nothing, in which case the
 * statement counts, and hands its count back with {@link #counted}.
 */
public sealed interface CountLookup permits CountCache.Hit, CountCache.Miss, CountCache.Unavailable {

    /** The count the cache keeps; null when the statement must count. */
    Long cached();

    /** What the statement counted, when {@link #cached()} was null: kept if nothing changed the list meanwhile. */
    void counted(long count);
}
