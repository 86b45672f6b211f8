package io.newsgraph.core.documents;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.newsgraph.core.pipeline.PreparedDocument;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class PreparedDocumentsTest {

    @Inject
    PreparedDocuments preparedDocuments;

    @Inject
    DocumentsConfig config;

    @Test
    void tenThousandDistinctLargeDocumentsStayWithinTheBound() {
        long bound = config.cacheMaxBytes().asLongValue();
        String padding = "#" + "x".repeat(6_000) + "\n";
        long weightSent = 0;
        for (int i = 0; i < 10_000; i++) {
            PreparedDocument document = preparedDocuments.prepare(padding + "{ t" + i + ": tags(first: 1) { totalCount } }");
            assertFalse(document.entry().hasErrors(), () -> document.entry().getErrors().toString());
            weightSent += document.weight();
            long held = preparedDocuments.weightedSize();
            assertTrue(held <= bound, () -> held + " bytes held, over the bound of " + bound);
        }
        assertTrue(weightSent > 3 * bound, "the documents must weigh far more than the bound");
        assertTrue(preparedDocuments.weightedSize() > bound / 2, "the cache must still hold documents");
    }

    @Test
    void aDocumentIsPreparedOnceAndKept() {
        String query = "{ kept: tags(first: 1) { totalCount } }";
        assertSame(preparedDocuments.prepare(query), preparedDocuments.prepare(query));
    }

    @Test
    void requestsBringingTheSameNewDocumentAtOnceGetOnePreparation() throws Exception {
        String query = "{ together: tags(first: 2) { totalCount } }";
        int threads = 8;
        ExecutorService executor = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<PreparedDocument>> prepared = IntStream.range(0, threads)
                    .mapToObj(i -> executor.submit(() -> {
                        start.await();
                        return preparedDocuments.prepare(query);
                    }))
                    .toList();
            start.countDown();
            PreparedDocument first = prepared.get(0).get();
            for (Future<PreparedDocument> other : prepared) {
                assertSame(first, other.get());
            }
        } finally {
            executor.shutdownNow();
        }
    }
}
