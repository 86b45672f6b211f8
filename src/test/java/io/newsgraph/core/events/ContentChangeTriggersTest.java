package io.newsgraph.core.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.metamodel.EntityType;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

import io.newsgraph.core.cache.ResponseCacheOn;
import io.newsgraph.core.events.ContentChange.Operation;
import io.newsgraph.core.persistence.ContentEntity;
import io.newsgraph.core.sql.EntityTables;
import io.newsgraph.testing.ContentDatabase;
import io.newsgraph.testing.SampleContent;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * The triggers of the migration V2 on every table of the content entities: one notification per statement, with the keys
 * and the columns it changed, listened for on a connection of the test's own.
 */
@QuarkusTest
@TestProfile(ResponseCacheOn.class)
class ContentChangeTriggersTest {

    private static final List<String> TRIGGERS = List.of("inserted", "updated", "deleted", "truncated");

    @Inject
    EntityManagerFactory entityManagerFactory;

    @Inject
    EntityTables tables;

    private Connection listener;
    /** Notifications received and not yet looked at, in the order they came. */
    private final List<PGNotification> arrived = new ArrayList<>();

    @BeforeEach
    void listen() throws SQLException {
        listener = ContentDatabase.connect();
        try (Statement statement = listener.createStatement()) {
            statement.execute("LISTEN " + ChangeNotifications.CHANNEL);
        }
    }

    @AfterEach
    void stopListening() throws SQLException {
        listener.close();
    }

    @Test
    void everyTableOfTheEntitiesNotifiesItsChanges() throws SQLException {
        Map<String, Set<String>> expected = new TreeMap<>();
        for (EntityType<?> entity : entityManagerFactory.getMetamodel().getEntities()) {
            Class<?> type = entity.getJavaType();
            if (!ContentEntity.class.isAssignableFrom(type)) {
                // the write receipts of idempotency keys: no answer reads them
                continue;
            }
            List<String> contentTables = new ArrayList<>(List.of(tables.table(type).jdbcText()));
            contentTables.addAll(tables.collectionsOwnedBy(type).keySet());
            for (String table : contentTables) {
                expected.put(table, new TreeSet<>(TRIGGERS.stream().map(trigger -> table + "_" + trigger).toList()));
            }
        }
        Map<String, Set<String>> installed = new TreeMap<>();
        try (Connection connection = ContentDatabase.connect();
                Statement statement = connection.createStatement();
                ResultSet triggers = statement.executeQuery("select c.relname, t.tgname from pg_trigger t"
                        + " join pg_class c on c.oid = t.tgrelid join pg_proc p on p.oid = t.tgfoid"
                        + " where not t.tgisinternal and p.proname = 'newsgraph_notify_content_change'")) {
            while (triggers.next()) {
                installed.computeIfAbsent(triggers.getString(1), table -> new TreeSet<>()).add(triggers.getString(2));
            }
        }
        assertEquals(expected, installed);
    }

    @Test
    void aStatementNotifiesOnceWithTheKeysOfTheRowsItChanged() throws SQLException {
        long article = articleKey(SampleContent.publishedArticles().get(2).get("slug").asText());
        ContentDatabase.execute("insert into comment (article_id, author_name, author_email, body, status)"
                + " values (?, 'A reader', 'reader@example.org', 'Notified.', 'PENDING')", article);
        ContentChange inserted = next();
        assertEquals("comment", inserted.table());
        assertEquals(Operation.INSERT, inserted.operation());
        assertEquals(Set.of(article), inserted.keys("article_id").orElseThrow());
        assertEquals(Set.of(), inserted.keys("parent_id").orElseThrow(), "no parent: the column is null");
        assertEquals(1, inserted.keys("id").orElseThrow().size());
        assertNull(inserted.columns(), "an insert changes every column");

        long comment = inserted.keys("id").orElseThrow().iterator().next();
        ContentDatabase.execute("update comment set status = 'APPROVED' where id = ?", comment);
        ContentChange approved = next();
        assertEquals(Operation.UPDATE, approved.operation());
        assertEquals(Set.of("status", "thread_approved"), approved.columns(), "and whether readers see it (V5)");
        assertEquals(Set.of(comment), approved.keys("id").orElseThrow());

        ContentDatabase.execute("delete from comment where id = ?", comment);
        ContentChange deleted = next();
        assertEquals(Operation.DELETE, deleted.operation());
        assertEquals(Set.of(comment), deleted.keys("id").orElseThrow());
        assertEquals(Set.of(article), deleted.keys("article_id").orElseThrow());
    }

    @Test
    void anUpdateNamesTheOldAndNewKeysOfWhatItMoved() throws SQLException {
        List<String> slugs = SampleContent.publishedArticles().stream().map(a -> a.get("slug").asText()).toList();
        long from = articleKey(slugs.get(3));
        long to = articleKey(slugs.get(4));
        ContentDatabase.execute("insert into comment (article_id, author_name, author_email, body, status)"
                + " values (?, 'A reader', 'reader@example.org', 'Moved.', 'APPROVED')", from);
        long comment = next().keys("id").orElseThrow().iterator().next();
        ContentDatabase.execute("update comment set article_id = ? where id = ?", to, comment);
        ContentChange moved = next();
        assertEquals(Set.of(from, to), moved.keys("article_id").orElseThrow());
        assertEquals(Set.of("article_id"), moved.columns());
        ContentDatabase.execute("delete from comment where id = ?", comment);
        next();
    }

    @Test
    void aStatementThatChangesNoValueNotifiesNothing() throws SQLException {
        String slug = SampleContent.publishedArticles().get(5).get("slug").asText();
        ContentDatabase.execute("update article set title = title where slug = ?", slug);
        ContentDatabase.execute("update article set title = title where slug = 'no-such-article'");
        ContentDatabase.execute("update article set lede = lede || '.' where slug = ?", slug);
        ContentChange next = next();
        assertEquals(Set.of("lede"), next.columns(), "the first notification is the third statement's");
    }

    @Test
    void aBulkStatementNamesItsColumnsButNotItsKeys() throws SQLException {
        long article = articleKey(SampleContent.publishedArticles().get(7).get("slug").asText());
        ContentDatabase.execute("insert into comment (article_id, author_name, author_email, body, status)"
                + " select ?, 'Reader ' || n, 'reader@example.org', 'Bulk.', 'PENDING' from generate_series(1, 1500) n",
                article);
        ContentChange inserted = next();
        assertTrue(inserted.keys("id").isEmpty(), "1,500 keys are not listed");
        ContentDatabase.execute("update comment set body = 'Bulk, edited.' where body = 'Bulk.'");
        ContentChange updated = next();
        assertTrue(updated.keys("id").isEmpty());
        assertEquals(Set.of("body"), updated.columns());
        ContentDatabase.execute("delete from comment where body = 'Bulk, edited.'");
        assertEquals(Operation.DELETE, next().operation());
    }

    @Test
    void aChangeToACollectionNamesItsOwner() throws SQLException {
        TaggedArticle tagged = new TaggedArticle(SampleContent.publishedArticles().get(8).get("slug").asText());
        ContentDatabase.execute("delete from article_tag where article_id = ? and tag_id = ?", tagged.key(),
                tagged.firstTag());
        ContentChange removed = next();
        assertEquals("article_tag", removed.table());
        assertEquals(Set.of(tagged.key()), removed.keys("article_id").orElseThrow());
        assertEquals(Set.of(tagged.firstTag()), removed.keys("tag_id").orElseThrow());
        ContentDatabase.execute("insert into article_tag (article_id, tag_id) values (?, ?)", tagged.key(),
                tagged.firstTag());
        assertEquals(Operation.INSERT, next().operation());
    }

    /** An article's key and the key of its first tag, from the database. */
    private record TaggedArticle(long key, long firstTag) {
        TaggedArticle(String slug) {
            this(articleKey(slug), (Long) ContentDatabase.queryValue("select min(tag_id) from article_tag"
                    + " where article_id = (select id from article where slug = ?)", slug).orElseThrow());
        }
    }

    private static long articleKey(String slug) {
        return (Long) ContentDatabase.queryValue("select id from article where slug = ?", slug).orElseThrow();
    }

    /** The next notification, read as the service reads it. */
    private ContentChange next() throws SQLException {
        if (arrived.isEmpty()) {
            PGNotification[] notifications = listener.unwrap(PGConnection.class).getNotifications(10_000);
            assertTrue(notifications != null && notifications.length > 0, "no notification within 10 s");
            arrived.addAll(List.of(notifications));
        }
        return ChangeNotifications.parse(arrived.remove(0).getParameter());
    }
}
