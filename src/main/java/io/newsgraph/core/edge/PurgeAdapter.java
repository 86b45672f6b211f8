package io.newsgraph.core.edge;

import java.util.List;

/** What one kind of edge needs to purge keys: the requests, each of at most {@link #maxKeysPerRequest()} keys. */
interface PurgeAdapter {

    /** The requests that purge these keys; all must succeed for the purge to count. */
    List<PurgeRequest> requests(List<String> keys);

    /** The most keys the edge takes in one request. */
    int maxKeysPerRequest();
}
