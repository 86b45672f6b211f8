package io.newsgraph.core.write;

import java.util.Locale;
import java.util.Optional;
import java.util.function.LongFunction;

import io.newsgraph.core.error.BadUserInputException;
import io.newsgraph.core.error.ConflictException;
import io.newsgraph.core.error.NotFoundException;
import io.newsgraph.core.node.GlobalId;
import io.newsgraph.core.persistence.ContentEntity;

/** What every change of existing content starts with: the row it changes, at the version the editor read. */
public final class Edits {

    /** How the schema describes the {@code version} of editable content. */
    public static final String VERSION_DESCRIPTION = "The version of this object: each change adds one, and every"
            + " change of it must name the version it was made from.";

    private Edits() {
    }

    /**
     * The row to change, when it exists and is at {@code version}. A concurrent change that commits between this check
     * and the write is caught by the entity's {@code @Version} when the write is flushed.
     */
    public static <E extends ContentEntity> E target(Optional<E> row, String type, long key, long version) {
        E entity = row.orElseThrow(() -> notFound(type, key));
        if (entity.version != version) {
            throw ConflictException.staleVersion("The " + type.toLowerCase(Locale.ROOT), version,
                    entity.version);
        }
        return entity;
    }

    /**
     * The row an input field refers to by its global id, e.g. the author of an article.
     *
     * @param field where the id is in the input, for the error when it names nothing
     */
    public static <E> E reference(String field, String id, String type, LongFunction<Optional<E>> find) {
        return find.apply(GlobalId.decodeKey(id, type, field)).orElseThrow(
                () -> BadUserInputException.of(field, "No " + type.toLowerCase(Locale.ROOT) + " has the id '" + id + "'."));
    }

    public static NotFoundException notFound(String type, long key) {
        return new NotFoundException("No " + type.toLowerCase(Locale.ROOT) + " has the id '"
                + GlobalId.encode(type, key) + "'.");
    }
}
