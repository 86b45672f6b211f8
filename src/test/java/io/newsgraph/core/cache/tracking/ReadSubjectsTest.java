package io.newsgraph.core.cache.tracking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.newsgraph.article.ArticleEntity;
import io.newsgraph.article.ArticleStatus;
import io.newsgraph.author.AuthorEntity;
import io.newsgraph.comment.CommentEntity;
import io.newsgraph.comment.CommentStatus;
import io.newsgraph.core.pagination.CursorValueType;
import io.newsgraph.core.pagination.KeysetOrder;
import io.newsgraph.core.pagination.Listing;
import io.newsgraph.core.pagination.SortDirection;
import io.newsgraph.core.sql.Condition;
import io.newsgraph.core.sql.Footprint;
import io.newsgraph.core.sql.Relation;
import io.newsgraph.core.sql.TableColumn;
import io.quarkus.test.junit.QuarkusTest;

/**
 * What a list reads is what its SQL reads, as the entity model names it: no table or column is listed a second time
 * for the response cache.
 */
@QuarkusTest
class ReadSubjectsTest {

    private static final Condition PUBLISHED = Condition.equal("status", ArticleStatus.PUBLISHED);
    private static final Condition APPROVED = Condition.equal("status", CommentStatus.APPROVED);
    private static final KeysetOrder<CommentEntity> OLDEST_FIRST = new KeysetOrder<>("test", "createdAt",
            SortDirection.ASC, CursorValueType.INSTANT, comment -> comment.createdAt, comment -> comment.id);
    private static final KeysetOrder<ArticleEntity> NEWEST_FIRST = new KeysetOrder<>("test", "publishedAt",
            SortDirection.DESC, CursorValueType.INSTANT, article -> article.publishedAt, article -> article.id);

    @Inject
    ReadSubjects subjects;

    @Test
    void theCommentsThatStartAnArticlesConversation() {
        Listing<CommentEntity> threads = Listing.of(CommentEntity.class, APPROVED).narrowedBy(Condition.isNull("parent"))
                .nestedBy(Relation.byForeignKey("article"));
        assertEquals(new ReadSubject.ListOf("comment",
                new Footprint(Map.of("comment", Set.of("status", "parent_id", "article_id", "created_at", "id"))),
                new TableColumn("comment", "article_id")), subjects.listOf(threads, OLDEST_FIRST));
    }

    @Test
    void theArticlesOfATagAreListedUnderTheTagsInTheCollectionTable() {
        Listing<ArticleEntity> ofTag = Listing.of(ArticleEntity.class, PUBLISHED).nestedBy(Relation.byOwnCollection("tags"));
        assertEquals(new ReadSubject.ListOf("article",
                new Footprint(Map.of("article", Set.of("status", "published_at", "id"),
                        "article_tag", Set.of("article_id", "tag_id"))),
                new TableColumn("article_tag", "tag_id")), subjects.listOf(ofTag, NEWEST_FIRST));
    }

    @Test
    void aCountReadsNoOrder() {
        Listing<CommentEntity> ofArticle = Listing.of(CommentEntity.class, APPROVED).nestedBy(Relation.byForeignKey("article"));
        assertEquals(new Footprint(Map.of("comment", Set.of("status", "article_id"))),
                subjects.listOf(ofArticle, null).footprint());
    }

    @Test
    void aLookupBySlugReadsTheSlug() {
        Listing<ArticleEntity> bySlug = Listing.of(ArticleEntity.class, PUBLISHED).narrowedBy(Condition.equal("slug", "x"));
        assertEquals(new Footprint(Map.of("article", Set.of("status", "slug"))), subjects.listOf(bySlug, null).footprint());
    }

    @Test
    void rowsChangeWithTheirCollections() {
        assertEquals(new ReadSubject.Rows("article", "id", Map.of("article_tag", "article_id")),
                subjects.rows(ArticleEntity.class));
        assertEquals(new ReadSubject.Rows("author", "id", Map.of("author_social_link", "author_id")),
                subjects.rows(AuthorEntity.class));
    }

    @Test
    void aRowWhoseVisibilityReadsAnotherTableDependsOnThatTable() {
        Listing<CommentEntity> onPublished = Listing.of(CommentEntity.class, APPROVED)
                .narrowedBy(Condition.related("article", PUBLISHED));
        Optional<ReadSubject.ListOf> beyond = subjects.beyondRow(onPublished);
        assertTrue(beyond.isPresent());
        assertEquals(Set.of("status", "id"), beyond.get().footprint().columnsOf("article"));
        assertEquals(Optional.empty(), subjects.beyondRow(Listing.of(CommentEntity.class, APPROVED)));
    }
}
