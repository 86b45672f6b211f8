package io.newsgraph.comment;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import io.newsgraph.core.fetching.ListingQueries;
import io.newsgraph.core.pagination.Listing;
import io.newsgraph.core.pagination.PageRequest;
import io.newsgraph.core.pagination.Slice;
import io.newsgraph.core.pagination.TotalCount;

/** What readers can see of the comments: approved ones, oldest first, as a conversation reads. */
@ApplicationScoped
@Transactional(TxType.SUPPORTS)
public class CommentService {

    private final ListingQueries listingQueries;

    CommentService(ListingQueries listingQueries) {
        this.listingQueries = listingQueries;
    }

    /** An approved comment of a published article. */
    public Optional<CommentEntity> findVisible(long key) {
        return Optional.ofNullable(findVisible(List.of(key)).get(key));
    }

    /** The approved comments of published articles among these. */
    Map<Long, CommentEntity> findVisible(Collection<Long> keys) {
        return listingQueries.byKeys(CommentListings.APPROVED_ON_PUBLISHED, keys, comment -> comment.id);
    }

    public Map<Long, CommentEntity> findApproved(Collection<Long> keys) {
        return listingQueries.byKeys(CommentListings.APPROVED, keys, comment -> comment.id);
    }

    /** The same page of a list of comments under each parent: the threads of an article, the replies to a comment. */
    Map<Long, Slice<CommentEntity>> pagesByParent(Listing<CommentEntity> listing, Collection<Long> parentKeys,
            PageRequest request) {
        return listingQueries.pagesByParent(listing, parentKeys, CommentListings.CHRONOLOGICAL, request);
    }

    /** How many approved comments, replies included, each article has. */
    public Map<Long, Long> countByArticle(Collection<Long> articleKeys) {
        return listingQueries.countByParent(CommentListings.ALL_OF_ARTICLE, articleKeys);
    }

    List<Integer> totalCounts(List<TotalCount> counts) {
        return listingQueries.totalCounts(counts);
    }
}
