package io.newsgraph.core.graphql;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * How much memory the documents of requests may take: the prepared documents of {@link PreparedDocuments} and the
 * automatic persisted queries of {@link PersistedQueryStore}.
 */
@ConfigMapping(prefix = "newsgraph.documents")
public interface DocumentsConfig {

    /**
     * The most the cache of prepared documents holds, by its estimate of their bytes (see
     * {@link PreparedDocument}). A frontend's operation weighs 5 to 15 KiB by that estimate, so the default keeps
     * a few thousand of them, far more distinct operations than the site's frontends send, while a flood of
     * distinct documents can take no more than this.
     */
    @WithDefault("32M")
    MemorySize cacheMaxBytes();

    /**
     * The most the automatic persisted queries (the query texts clients registered with their hashes) hold, by an
     * estimate of their bytes. A frontend's operation is 1 to 5 KiB of text, so the default keeps a thousand or more;
     * a client whose hash was evicted is told so, and sends its query again.
     */
    @WithDefault("4M")
    MemorySize persistedQueriesMaxBytes();
}
