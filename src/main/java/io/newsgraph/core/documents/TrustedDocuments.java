package io.newsgraph.core.documents;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;

import io.quarkus.runtime.Startup;

/**
 * The trusted documents' manifest ({@link DocumentsConfig#manifest}): the documents the frontends were built with, by
 * their ids. It is read whole at start-up, so that a missing, malformed or oversized manifest stops the service
 * before it serves anything, and held whole, since a trusted document that was let go would be refused.
 */
@Startup
@ApplicationScoped
class TrustedDocuments {

    static final String REFUSAL = "Only trusted documents run here, and this one is not in their manifest.";
    private static final Logger LOG = Logger.getLogger(TrustedDocuments.class);

    // ids are as many as the documents: not worth a place in the JVM's table of interned strings
    private static final JsonFactory JSON = JsonFactory.builder().disable(JsonFactory.Feature.INTERN_FIELD_NAMES)
            .build();

    private final Map<String, String> documents;
    private final Set<String> texts;
    private final boolean trustedOnly;

    TrustedDocuments(DocumentsConfig config) {
        if (config.trustedOnly() && config.manifest().isEmpty()) {
            throw new IllegalStateException("newsgraph.documents.trusted-only=true needs the manifest of the trusted "
                    + "documents: set newsgraph.documents.manifest to its path.");
        }
        Map<String, String> read = new HashMap<>();
        if (config.manifest().isPresent()) {
            Path manifest = Path.of(config.manifest().get());
            long weight = read(manifest, config.manifestMaxBytes().asLongValue(), read);
            LOG.infof("%d trusted documents (about %d KiB) from %s%s", read.size(), weight / 1024, manifest,
                    config.trustedOnly() ? ", the only documents that run" : "");
        }
        this.documents = Map.copyOf(read);
        this.texts = new HashSet<>(read.values());
        this.trustedOnly = config.trustedOnly();
    }

    /** The text of the document with this id, if the manifest lists one. */
    Optional<String> document(String id) {
        return Optional.ofNullable(documents.get(id));
    }

    /** Whether only the manifest's documents run. */
    boolean trustedOnly() {
        return trustedOnly;
    }

    /** Whether this text may run: any text, unless only the manifest's documents run and it is not one of them. */
    boolean allows(String text) {
        return !trustedOnly || texts.contains(text);
    }

    /**
     * Reads a manifest's documents into {@code documents}, refusing anything but a JSON object whose members are
     * documents' texts, and a manifest that weighs more than {@code maxBytes}.
     *
     * @return what the documents weigh, by the estimate of {@link PersistedQueryStore#weight}
     */
    static long read(Path manifest, long maxBytes, Map<String, String> documents) {
        long weight = 0;
        try (JsonParser parser = JSON.createParser(Files.newInputStream(manifest))) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw invalid(manifest, "it is not a JSON object of document ids and their text");
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String id = parser.currentName();
                if (parser.nextToken() != JsonToken.VALUE_STRING) {
                    throw invalid(manifest, "the value of '" + id + "' is not a document's text");
                }
                String text = parser.getText();
                weight += PersistedQueryStore.weight(id, text);
                if (weight > maxBytes) {
                    throw invalid(manifest, "its documents take more than newsgraph.documents.manifest-max-bytes ("
                            + maxBytes + " bytes)");
                }
                documents.put(id, text);
            }
            if (parser.nextToken() != null) {
                throw invalid(manifest, "something follows its object");
            }
        } catch (JsonProcessingException e) {
            throw invalid(manifest, "it is not valid JSON (" + e.getOriginalMessage() + ")");
        } catch (IOException e) {
            throw new UncheckedIOException("The trusted documents' manifest " + manifest + " cannot be read", e);
        }
        return weight;
    }

    private static IllegalStateException invalid(Path manifest, String reason) {
        return new IllegalStateException("The trusted documents' manifest " + manifest + " is refused: " + reason + ".");
    }
}
