package io.newsgraph.core.documents;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Reading the manifests relay-compiler and GraphQL Codegen write, and refusing what is not one or weighs too much. */
class TrustedDocumentsManifestTest {

    private static final long BOUND = 16L * 1024 * 1024;

    @TempDir
    Path directory;

    @Test
    void relayCompilersPersistedQueriesAreReadWithTheirMd5Ids() throws Exception {
        Map<String, String> documents = read(TrustedDocumentsTest.fixture(TrustedDocumentsTest.RELAY));
        assertEquals(3, documents.size());
        documents.forEach((id, text) -> assertEquals(id, digest("MD5", text)));
    }

    @Test
    void graphqlCodegensPersistedDocumentsAreReadWithTheirSha256Ids() throws Exception {
        Map<String, String> documents = read(TrustedDocumentsTest.fixture(TrustedDocumentsTest.CODEGEN));
        assertEquals(3, documents.size());
        documents.forEach((id, text) -> assertEquals(id, digest("SHA-256", text)));
    }

    @Test
    void tenThousandLargeDocumentsOverTheBoundAreRefusedAndUnderItHeldWithinIt() throws IOException {
        String padding = "x".repeat(1_000);
        Path manifest = directory.resolve("large.json");
        Files.writeString(manifest, IntStream.range(0, 10_000)
                .mapToObj(i -> "\"" + i + "\": \"query Q" + i + " { tags(first: 1) { totalCount } } # " + padding + "\"")
                .collect(Collectors.joining(",\n", "{\n", "\n}\n")));
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> TrustedDocuments.read(manifest, BOUND, new HashMap<>()));
        assertThat(refused.getMessage(), containsString("newsgraph.documents.manifest-max-bytes"));
        long bound = 64L * 1024 * 1024;
        Map<String, String> documents = new HashMap<>();
        long weight = TrustedDocuments.read(manifest, bound, documents);
        assertEquals(10_000, documents.size());
        assertTrue(weight > BOUND && weight <= bound, () -> weight + " bytes");
    }

    @ParameterizedTest
    @ValueSource(strings = { "[\"query Q { tags { totalCount } }\"]", "{\"a\": 1}", "{\"a\": \"{ tags { totalCount } }\"} {}",
            "{\"a\": ", "" })
    void whatIsNotAnObjectOfTextsIsRefused(String text) throws IOException {
        Path manifest = directory.resolve("bad.json");
        Files.writeString(manifest, text);
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> TrustedDocuments.read(manifest, BOUND, new HashMap<>()));
        assertThat(refused.getMessage(), containsString("is refused"));
    }

    private static Map<String, String> read(Path manifest) {
        Map<String, String> documents = new HashMap<>();
        TrustedDocuments.read(manifest, BOUND, documents);
        return documents;
    }

    private static String digest(String algorithm, String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
