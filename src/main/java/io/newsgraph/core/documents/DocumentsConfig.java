package io.newsgraph.core.documents;

import java.util.Optional;

import io.newsgraph.core.pipeline.PreparedDocument;
import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Where the documents of requests come from and how much memory they may take: the prepared documents of
 * {@link PreparedDocuments}, the automatic persisted queries of {@link PersistedQueryStore} and the trusted documents of
 * {@link TrustedDocuments}.
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

    /**
     * The trusted documents' manifest: a JSON object of document ids and their text, as relay-compiler's persisted
     * queries ({@code persistConfig.file}) and GraphQL Codegen's persisted documents ({@code persisted-documents.json})
     * write it. Clients name a document by its id as the hash of Apollo's persisted query extension.
     */
    Optional<String> manifest();

    /**
     * The most the manifest may hold, by the same estimate: the service does not start with a larger one, since
     * dropping trusted documents would refuse operations the frontends were built with.
     */
    @WithDefault("16M")
    MemorySize manifestMaxBytes();

    /**
     * Whether only the manifest's documents run, every other one refused with DOCUMENT_NOT_TRUSTED before it is parsed:
     * for production, where the frontends were built with the manifest. Needs {@link #manifest()}.
     */
    @WithDefault("false")
    boolean trustedOnly();
}
