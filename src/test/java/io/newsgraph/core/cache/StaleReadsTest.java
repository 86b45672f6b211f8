package io.newsgraph.core.cache;

import static io.newsgraph.testing.GraphQLClient.variables;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;

import io.newsgraph.testing.ContentDatabase;
import io.newsgraph.testing.PrometheusMetrics;
import io.newsgraph.testing.SampleContent;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * 16 readers read an article's page while a writer changes its title again and again: no read that starts after the
 * service evicted the answers an update affects returns a title older than that update.
 */
@QuarkusTest
@TestProfile(ResponseCacheOn.class)
class StaleReadsTest {

    private static final int READERS = 16;
    private static final int UPDATES = 30;

    /** A read: when it started, and the version of the title it returned. */
    private record Read(long startedNanos, int version) {
    }

    @Test
    void noReadThatStartsAfterTheEvictionReturnsTheOldTitle() throws Exception {
        String slug = SampleContent.publishedArticles().get(6).get("slug").asText();
        Map<String, Object> variables = variables("slug", slug);
        ContentDatabase.execute("update article set title = ? where slug = ?", title(0), slug);
        Answer.awaitChange(() -> Answer.read("article-page", variables), json -> version(json.at("/data/article/title")
                .asText()) == 0);

        ConcurrentLinkedQueue<Read> reads = new ConcurrentLinkedQueue<>();
        AtomicBoolean writing = new AtomicBoolean(true);
        ExecutorService readers = Executors.newFixedThreadPool(READERS);
        List<Future<?>> running = new ArrayList<>();
        for (int i = 0; i < READERS; i++) {
            running.add(readers.submit(() -> {
                while (writing.get()) {
                    long started = System.nanoTime();
                    Answer answer = Answer.read("article-page", variables);
                    reads.add(new Read(started, version(answer.json().at("/data/article/title").asText())));
                }
            }));
        }
        long[] evictedNanos = new long[UPDATES + 1];
        try {
            for (int version = 1; version <= UPDATES; version++) {
                double delivered = PrometheusMetrics.value("content_changes_received_total");
                ContentDatabase.execute("update article set title = ? where slug = ?", title(version), slug);
                // the change is delivered to the cache, which evicted what it affects, once it is counted
                Answer.await("the eviction of version " + version,
                        () -> PrometheusMetrics.value("content_changes_received_total") > delivered);
                evictedNanos[version] = System.nanoTime();
            }
        } finally {
            writing.set(false);
            for (Future<?> reader : running) {
                reader.get();
            }
            readers.shutdown();
        }

        List<Read> stale = new ArrayList<>();
        for (Read read : reads) {
            for (int version = UPDATES; version > read.version(); version--) {
                if (read.startedNanos() > evictedNanos[version]) {
                    stale.add(read);
                    break;
                }
            }
        }
        assertTrue(reads.size() > 2 * READERS, () -> "only " + reads.size() + " reads");
        assertEquals(List.of(), stale, () -> stale.size() + " stale reads of " + reads.size());
    }

    private static String title(int version) {
        return "Stale reads test, version " + version;
    }

    private static int version(String title) {
        return Integer.parseInt(title.substring(title.lastIndexOf(' ') + 1));
    }
}
