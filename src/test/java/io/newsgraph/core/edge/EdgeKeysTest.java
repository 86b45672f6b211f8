package io.newsgraph.core.edge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.newsgraph.core.cache.tracking.ReadSubject;
import io.newsgraph.core.cache.tracking.Reads;

/** The key headers of an answer stay within their bound, and fall back to fewer keys rather than to a cut list. */
class EdgeKeysTest {

    private static final ReadSubject.Rows ARTICLES = new ReadSubject.Rows("article", "id", Map.of());

    @Test
    void anAnswerIsTaggedWithEveryRowItReadAndTheGlobalKeyInBothHeaders() {
        Map<String, String> headers = keys(1000, Optional.of("Cache-Tag")).headers(articles(3).subjects());
        assertEquals(Map.of("Surrogate-Key", "article article-1 article-2 article-3 newsgraph", "Cache-Tag",
                "article,article-1,article-2,article-3,newsgraph"), headers);
    }

    @Test
    void anAnswerWhoseKeysExceedTheBoundIsTaggedByWhatItReadButNotWhichRows() {
        Map<String, String> headers = keys(100, Optional.empty()).headers(articles(50).subjects());
        assertEquals(Map.of("Surrogate-Key", "article article-* newsgraph"), headers);
    }

    @Test
    void anAnswerWhoseKeysExceedTheBoundEvenSoCarriesTheGlobalKeyAlone() {
        assertEquals(Map.of("Surrogate-Key", "newsgraph"), keys(10, Optional.empty()).headers(articles(50).subjects()));
    }

    @Test
    void anAnswerWhoseReadsWereNotRecordedCarriesTheGlobalKeyAlone() {
        assertEquals(Map.of("Surrogate-Key", "newsgraph"), keys(1000, Optional.empty()).headers(null));
    }

    @Test
    void noHeaderIsLongerThanTheBound() {
        for (int rows = 1; rows < 200; rows += 7) {
            String header = keys(300, Optional.empty()).headers(articles(rows).subjects()).get("Surrogate-Key");
            assertTrue(header.length() <= 300, header);
        }
    }

    private static Reads articles(int count) {
        Reads reads = new Reads();
        for (long key = 1; key <= count; key++) {
            reads.read(ARTICLES, key);
        }
        return reads;
    }

    private static EdgeKeys keys(int maxBytes, Optional<String> cacheTagHeader) {
        return new EdgeKeys("Surrogate-Key", cacheTagHeader, maxBytes, "newsgraph");
    }
}
