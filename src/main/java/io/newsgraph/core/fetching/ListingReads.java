package io.newsgraph.core.fetching;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.ToLongFunction;

import jakarta.enterprise.context.ApplicationScoped;

import io.newsgraph.core.cache.tracking.ReadSubject;
import io.newsgraph.core.cache.tracking.ReadSubjects;
import io.newsgraph.core.cache.tracking.Reads;
import io.newsgraph.core.cache.tracking.RequestReads;
import io.newsgraph.core.pagination.KeysetOrder;
import io.newsgraph.core.pagination.Listing;
import io.quarkus.arc.Arc;

/**
 * Records what the resolvers read through {@link io.newsgraph.core.fetching.ListingQueries} into the current
 * request's {@link Reads}: every read of the resolvers' path goes through it, so this is all they read. The rows
 * shown, the rows looked up by key (found or not: one that is not visible may become so), and the lists read with the
 * parents they were read under.
 */
@ApplicationScoped
public class ListingReads {

    private final ReadSubjects subjects;
    private final RequestReads requestReads;

    ListingReads(ReadSubjects subjects, RequestReads requestReads) {
        this.subjects = subjects;
        this.requestReads = requestReads;
    }

    /** Rows of a listing, shown in an answer. */
    public <E> void rows(Listing<E> listing, Collection<E> rows, ToLongFunction<E> keyOf) {
        Reads reads = current();
        if (reads == Reads.IGNORED || rows.isEmpty()) {
            return;
        }
        ReadSubject.Rows subject = subjects.rows(listing.entity());
        for (E row : rows) {
            reads.read(subject, keyOf.applyAsLong(row));
        }
        subjects.beyondRow(listing).ifPresent(beyond -> reads.read(beyond, Reads.TOP_LEVEL));
    }

    /** Rows of a listing looked up by their keys, whether they were found or not. */
    public void keys(Listing<?> listing, Collection<Long> keys) {
        Reads reads = current();
        if (reads == Reads.IGNORED || keys.isEmpty()) {
            return;
        }
        ReadSubject.Rows subject = subjects.rows(listing.entity());
        keys.forEach(key -> reads.read(subject, key));
        subjects.beyondRow(listing).ifPresent(beyond -> reads.read(beyond, Reads.TOP_LEVEL));
    }

    /** The first row of a listing that meets its condition, e.g. the article with a slug, or the absence of any. */
    public void first(Listing<?> listing, Optional<Long> found) {
        Reads reads = current();
        if (reads == Reads.IGNORED) {
            return;
        }
        if (found.isPresent()) {
            keys(listing, List.of(found.get()));
        } else {
            // a row that meets it can only appear with a change to what the condition reads
            reads.read(subjects.listOf(listing, null), Reads.TOP_LEVEL);
        }
    }

    /** A list, in an order (null for a count), under these parents, or top-level. */
    public void list(Listing<?> listing, KeysetOrder<?> order, Collection<Long> parentKeys) {
        Reads reads = current();
        if (reads == Reads.IGNORED) {
            return;
        }
        ReadSubject.ListOf subject = subjects.listOf(listing, order);
        parentKeys.forEach(parent -> reads.read(subject, parent));
    }

    private Reads current() {
        // outside a request (start-up, a background task) nobody keeps what is read
        return Arc.container().requestContext().isActive() ? requestReads.reads() : Reads.IGNORED;
    }
}
