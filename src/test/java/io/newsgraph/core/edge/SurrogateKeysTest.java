package io.newsgraph.core.edge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.newsgraph.core.cache.tracking.ReadSubject;
import io.newsgraph.core.cache.tracking.Reads;
import io.newsgraph.core.events.ContentChange;
import io.newsgraph.core.events.ContentChange.Operation;
import io.newsgraph.core.sql.Footprint;
import io.newsgraph.core.sql.TableColumn;

/** The keys answers are tagged with meet the keys a change purges exactly when the change affects what they read. */
class SurrogateKeysTest {

    private static final ReadSubject.Rows ARTICLES = new ReadSubject.Rows("article", "id",
            Map.of("article_tag", "article_id"));
    private static final ReadSubject.Rows COMMENTS = new ReadSubject.Rows("comment", "id", Map.of());
    private static final ReadSubject.ListOf FRONT_PAGE = new ReadSubject.ListOf("article",
            new Footprint(Map.of("article", Set.of("status", "published_at", "id"))), null);
    private static final ReadSubject.ListOf COMMENTS_OF_ARTICLE = new ReadSubject.ListOf("comment",
            new Footprint(Map.of("comment", Set.of("status", "article_id", "created_at", "id"), "article",
                    Set.of("status"))),
            new TableColumn("comment", "article_id"));
    private static final ReadSubject.ListOf ARTICLES_OF_TAG = new ReadSubject.ListOf("article",
            new Footprint(Map.of("article_tag", Set.of("tag_id", "article_id"), "article",
                    Set.of("status", "published_at"))),
            new TableColumn("article_tag", "tag_id"));

    private static final SurrogateKeys KEYS = new SurrogateKeys(List.of(ARTICLES, COMMENTS));

    private static final List<ContentChange> CHANGES = List.of(
            change("comment", Operation.INSERT, Map.of("id", Set.of(7L), "article_id", Set.of(5L)), null),
            change("comment", Operation.UPDATE, Map.of("id", Set.of(8L), "article_id", Set.of(6L)), Set.of("status")),
            change("comment", Operation.UPDATE, Map.of("id", Set.of(8L), "article_id", Set.of(6L)), Set.of("body")),
            change("comment", Operation.DELETE, null, null),
            change("article", Operation.UPDATE, Map.of("id", Set.of(3L)), Set.of("title")),
            change("article", Operation.UPDATE, Map.of("id", Set.of(4L)), Set.of("title")),
            change("article", Operation.UPDATE, Map.of("id", Set.of(3L)), Set.of("status", "published_at")),
            change("article", Operation.UPDATE, null, Set.of("title")),
            change("article_tag", Operation.INSERT, Map.of("article_id", Set.of(3L), "tag_id", Set.of(2L)), null),
            change("article_tag", Operation.DELETE, Map.of("article_id", Set.of(9L), "tag_id", Set.of(1L)), null),
            change("author", Operation.UPDATE, Map.of("id", Set.of(1L)), Set.of("name")));

    @Test
    void everyAnswerIsPurgedExactlyByTheChangesTheResponseCacheEvictsItFor() {
        List<Reads> answers = new ArrayList<>();
        answers.add(reads(ARTICLES, 3L));
        answers.add(reads(ARTICLES, 4L));
        answers.add(reads(COMMENTS, 7L, 8L));
        answers.add(reads(FRONT_PAGE, Reads.TOP_LEVEL));
        answers.add(reads(COMMENTS_OF_ARTICLE, 5L));
        answers.add(reads(COMMENTS_OF_ARTICLE, 6L));
        answers.add(reads(COMMENTS_OF_ARTICLE, 1L, 2L));
        answers.add(reads(ARTICLES_OF_TAG, 2L));
        answers.add(reads(ARTICLES_OF_TAG, 1L));
        for (Reads answer : answers) {
            Set<String> tags = SurrogateKeys.ofReads(answer.subjects());
            for (ContentChange change : CHANGES) {
                Set<String> purged = new HashSet<>(KEYS.ofChange(change));
                purged.retainAll(tags);
                assertEquals(answer.affectedBy(change), !purged.isEmpty(),
                        () -> "an answer tagged " + tags + " and " + change + ", which purges " + KEYS.ofChange(change));
            }
        }
    }

    @Test
    void aNewTitleOfAnArticleOffTheFrontPagePurgesNeitherTheFrontPageNorTheArticlesOnIt() {
        Set<String> frontPage = SurrogateKeys.ofReads(reads(FRONT_PAGE, Reads.TOP_LEVEL, ARTICLES, 3L).subjects());
        Set<String> purged = KEYS.ofChange(CHANGES.get(5));
        assertTrue(purged.contains("article-4"));
        assertTrue(frontPage.stream().noneMatch(purged::contains), () -> frontPage + " against " + purged);
    }

    @Test
    void anAnswerThatReadTooManyRowsToNameThemIsPurgedByAnyChangeToOne() {
        Reads tooMany = new Reads();
        for (long key = 1; key <= 1001; key++) {
            tooMany.read(ARTICLES, key);
        }
        Set<String> tags = SurrogateKeys.ofReads(tooMany.subjects());
        assertEquals(Set.of("article", "article-*"), tags);
        assertTrue(KEYS.ofChange(CHANGES.get(5)).contains("article-*"));
        assertFalse(KEYS.ofChange(CHANGES.get(10)).stream().anyMatch(tags::contains));
    }

    @Test
    void keysNamedOnlyByWhatWasReadAreFewerAndStillPurgedByEveryChangeThatAffectsTheAnswer() {
        Reads answer = reads(COMMENTS_OF_ARTICLE, 5L, 6L, 7L);
        Set<String> whole = SurrogateKeys.ofReadsWhole(answer.subjects());
        assertTrue(whole.size() < SurrogateKeys.ofReads(answer.subjects()).size());
        for (ContentChange change : CHANGES) {
            if (answer.affectedBy(change)) {
                assertTrue(KEYS.ofChange(change).stream().anyMatch(whole::contains), change::toString);
            }
        }
    }

    private static Reads reads(ReadSubject subject, long... keys) {
        Reads reads = new Reads();
        for (long key : keys) {
            reads.read(subject, key);
        }
        return reads;
    }

    private static Reads reads(ReadSubject first, long firstKey, ReadSubject second, long secondKey) {
        Reads reads = reads(first, firstKey);
        reads.read(second, secondKey);
        return reads;
    }

    private static ContentChange change(String table, Operation operation, Map<String, Set<Long>> keys,
            Set<String> columns) {
        return new ContentChange(table, operation, keys, columns, Instant.EPOCH);
    }
}
