package io.newsgraph.comment;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import io.newsgraph.article.ArticleStatus;
import io.newsgraph.core.pagination.CursorValueType;
import io.newsgraph.core.pagination.KeysetOrder;
import io.newsgraph.core.pagination.Listing;
import io.newsgraph.core.pagination.ListingQueries;
import io.newsgraph.core.pagination.PageRequest;
import io.newsgraph.core.pagination.Slice;
import io.newsgraph.core.pagination.SortDirection;

/** What readers can see of the comments: approved ones, oldest first, as a conversation reads. */
@ApplicationScoped
@Transactional(TxType.SUPPORTS)
public class CommentService {

    static final Listing THREADS_OF_ARTICLE = Listing
            .of("comment e", "e.parent_id is null and e.status = 'APPROVED'")
            .nestedBy("e.article_id");
    static final Listing APPROVED = Listing.of("comment e", "e.status = 'APPROVED'");
    static final Listing REPLIES = APPROVED.nestedBy("e.parent_id");
    static final Listing ALL_OF_ARTICLE = APPROVED.nestedBy("e.article_id");
    static final KeysetOrder<CommentEntity> CHRONOLOGICAL = new KeysetOrder<>("comment.CREATED_AT", "created_at",
            SortDirection.ASC, CursorValueType.INSTANT, comment -> comment.createdAt, comment -> comment.id);

    private final ListingQueries listingQueries;

    CommentService(ListingQueries listingQueries) {
        this.listingQueries = listingQueries;
    }

    /** An approved comment of a published article. */
    public Optional<CommentEntity> findVisible(long key) {
        return CommentEntity.<CommentEntity> find("id = ?1 and status = ?2 and article.status = ?3", key,
                CommentStatus.APPROVED, ArticleStatus.PUBLISHED).firstResultOptional();
    }

    public Map<Long, CommentEntity> findApproved(Collection<Long> keys) {
        return listingQueries.byKeys(CommentEntity.class, APPROVED, keys, comment -> comment.id);
    }

    /** The same page of a list of comments under each parent: the threads of an article, the replies to a comment. */
    Map<Long, Slice<CommentEntity>> pagesByParent(Listing listing, Collection<Long> parentKeys, PageRequest request) {
        return listingQueries.pagesByParent(CommentEntity.class, listing, parentKeys, CHRONOLOGICAL, request);
    }

    /** How many approved comments, replies included, each article has. */
    public Map<Long, Long> countByArticle(Collection<Long> articleKeys) {
        return listingQueries.countByParent(ALL_OF_ARTICLE, articleKeys);
    }
}
