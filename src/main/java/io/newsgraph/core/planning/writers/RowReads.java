package io.newsgraph.core.planning.writers;

import java.util.List;
import java.util.Optional;

import io.newsgraph.core.cache.tracking.ReadSubject;
import io.newsgraph.core.cache.tracking.Reads;

/**
 * What an object of the response that is a row records as it is written, for the response cache: the row, by the key
 * its slots start with, the lists its selected fields read under it (its comments, their count), and what its type's
 * visibility reads beyond the row, if anything.
 */
public record RowReads(ReadSubject.Rows rows, List<ReadSubject.ListOf> nestedLists, Optional<ReadSubject.ListOf> beyondRow) {

    public RowReads {
        nestedLists = List.copyOf(nestedLists);
    }

    void record(long key, Reads reads) {
        reads.read(rows, key);
        for (ReadSubject.ListOf list : nestedLists) {
            reads.read(list, key);
        }
        beyondRow.ifPresent(beyond -> reads.read(beyond, Reads.TOP_LEVEL));
    }
}
