package io.newsgraph.core.cache.tracking;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.newsgraph.core.cache.tracking.ReadSubject.Affected;
import io.newsgraph.core.events.ContentChange;
import io.newsgraph.core.events.ContentChange.Operation;
import io.newsgraph.core.sql.Footprint;
import io.newsgraph.core.sql.TableColumn;

/** Which keys of what an answer read a change affects: exact where the change names them, all of them where not. */
class ReadSubjectTest {

    private static final ReadSubject.Rows ARTICLES = new ReadSubject.Rows("article", "id",
            Map.of("article_tag", "article_id"));
    private static final ReadSubject.ListOf FRONT_PAGE = new ReadSubject.ListOf("article",
            new Footprint(Map.of("article", Set.of("status", "published_at", "id"))), null);
    private static final ReadSubject.ListOf COMMENTS_OF_ARTICLE = new ReadSubject.ListOf("comment",
            new Footprint(Map.of("comment", Set.of("status", "article_id", "parent_id", "created_at", "id"))),
            new TableColumn("comment", "article_id"));
    private static final ReadSubject.ListOf ARTICLES_OF_TAG = new ReadSubject.ListOf("article",
            new Footprint(Map.of("article", Set.of("status", "published_at", "id"),
                    "article_tag", Set.of("article_id", "tag_id"))),
            new TableColumn("article_tag", "tag_id"));

    @Test
    void aChangedRowIsAffectedByItsKey() {
        ContentChange retitled = update("article", Map.of("id", Set.of(7L), "author_id", Set.of(3L)), "title");
        assertEquals(keys(7L), ARTICLES.affectedBy(retitled));
    }

    @Test
    void aChangeToARowsCollectionAffectsTheRow() {
        ContentChange tagged = insert("article_tag", Map.of("article_id", Set.of(7L), "tag_id", Set.of(40L)));
        assertEquals(keys(7L), ARTICLES.affectedBy(tagged));
    }

    @Test
    void aNewCommentAffectsTheListsOfItsArticleOnly() {
        ContentChange comment = insert("comment", Map.of("id", Set.of(900L), "article_id", Set.of(7L)));
        assertEquals(keys(7L), COMMENTS_OF_ARTICLE.affectedBy(comment));
        assertEquals(Affected.NONE, FRONT_PAGE.affectedBy(comment));
        assertEquals(Affected.NONE, ARTICLES.affectedBy(comment));
    }

    @Test
    void anUpdateOfColumnsAListDoesNotReadLeavesTheListAlone() {
        ContentChange retitled = update("article", Map.of("id", Set.of(7L)), "title", "updated_at");
        assertEquals(Affected.NONE, FRONT_PAGE.affectedBy(retitled));
        assertEquals(Affected.NONE, ARTICLES_OF_TAG.affectedBy(retitled));
    }

    @Test
    void anUpdateOfAColumnATopLevelListReadsAffectsItWhole() {
        ContentChange published = update("article", Map.of("id", Set.of(7L)), "status", "published_at");
        assertEquals(Affected.ALL, FRONT_PAGE.affectedBy(published));
    }

    @Test
    void aListWhoseParentsAreHeldElsewhereIsAffectedUnderEveryParentByAChangeToItsRows() {
        ContentChange published = update("article", Map.of("id", Set.of(7L)), "status");
        assertEquals(Affected.ALL, ARTICLES_OF_TAG.affectedBy(published));
    }

    @Test
    void aChangeWhereTheParentsAreHeldAffectsThoseParents() {
        ContentChange tagged = insert("article_tag", Map.of("article_id", Set.of(7L), "tag_id", Set.of(40L)));
        assertEquals(keys(40L), ARTICLES_OF_TAG.affectedBy(tagged));
    }

    @Test
    void aChangeThatListsNoKeysAffectsEveryKey() {
        ContentChange bulk = new ContentChange("comment", Operation.INSERT, null, null, Instant.now());
        assertEquals(Affected.ALL, COMMENTS_OF_ARTICLE.affectedBy(bulk));
        ContentChange truncated = new ContentChange("article", Operation.TRUNCATE, null, null, Instant.now());
        assertEquals(Affected.ALL, ARTICLES.affectedBy(truncated));
    }

    @Test
    void aChangeToAnotherTableAffectsNothing() {
        ContentChange author = update("author", Map.of("id", Set.of(3L)), "name");
        assertEquals(Affected.NONE, ARTICLES.affectedBy(author));
        assertEquals(Affected.NONE, FRONT_PAGE.affectedBy(author));
        assertEquals(Affected.NONE, COMMENTS_OF_ARTICLE.affectedBy(author));
    }

    private static Affected keys(Long... keys) {
        return new Affected(false, Set.of(keys));
    }

    private static ContentChange insert(String table, Map<String, Set<Long>> keys) {
        return new ContentChange(table, Operation.INSERT, keys, null, Instant.now());
    }

    private static ContentChange update(String table, Map<String, Set<Long>> keys, String... columns) {
        return new ContentChange(table, Operation.UPDATE, keys, Set.of(columns), Instant.now());
    }
}
