package io.newsgraph.core.cache.tracking;

import jakarta.enterprise.context.RequestScoped;

/** Where the current request's resolvers record what they read: set by whoever keeps its answer. */
@RequestScoped
public class RequestReads {

    private Reads reads = Reads.IGNORED;

    public Reads reads() {
        return reads;
    }

    public void recordInto(Reads reads) {
        this.reads = reads;
    }
}
