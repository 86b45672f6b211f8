package io.newsgraph.core.node;

import java.util.Optional;
import java.util.function.Function;
import java.util.function.LongFunction;

import io.newsgraph.core.error.BadUserInputException;

/** The {@code thing(id: …)} or {@code thing(slug: …)} queries: one key, never both. */
public final class Lookups {

    private Lookups() {
    }

    /** The row a global id of {@code type} or a slug names, mapped to its API type; null when there is none. */
    public static <E, T> T byIdOrSlug(String id, String slug, String type, LongFunction<Optional<E>> byKey,
            Function<String, Optional<E>> bySlug, Function<E, T> toApiType) {
        if ((id == null) == (slug == null)) {
            throw new BadUserInputException("Give either 'id' or 'slug', exactly one.");
        }
        Optional<E> row = id != null ? byKey.apply(GlobalId.decodeKey(id, type)) : bySlug.apply(slug);
        return row.map(toApiType).orElse(null);
    }
}
