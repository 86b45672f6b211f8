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

/**
 * What readers can see of the comments: approved ones below approved ones only, oldest first, as a conversation reads.
 */
@ApplicationScoped
@Transactional(TxType.SUPPORTS)
public class CommentService {

    private final ListingQueries listingQueries;

    CommentService(ListingQueries listingQueries) {
        this.listingQueries = listingQueries;
    }

    /** A comment readers see, on a published article. */
    public Optional<CommentEntity> findVisible(long key) {
        return Optional.ofNullable(findVisible(List.of(key)).get(key));
    }

    /** The comments readers see on published articles among these. */
    public Map<Long, CommentEntity> findVisible(Collection<Long> keys) {
        return listingQueries.byKeys(CommentListings.READABLE_ON_PUBLISHED, keys, comment -> comment.id);
    }

    /** The comments among these that readers see wherever their article is shown. */
    public Map<Long, CommentEntity> findReadable(Collection<Long> keys) {
        return listingQueries.byKeys(CommentListings.READABLE, keys, comment -> comment.id);
    }

    /** The same page of a list of comments under each parent: the threads of an article, the replies to a comment. */
    Map<Long, Slice<CommentEntity>> pagesByParent(Listing<CommentEntity> listing, Collection<Long> parentKeys,
            PageRequest request) {
        return listingQueries.pagesByParent(listing, parentKeys, CommentListings.CHRONOLOGICAL, request);
    }

    /** How many comments readers see, replies included, each article has. */
    public Map<Long, Long> countByArticle(Collection<Long> articleKeys) {
        return listingQueries.countByParent(CommentListings.ALL_OF_ARTICLE, articleKeys);
    }

    List<Integer> totalCounts(List<TotalCount> counts) {
        return listingQueries.totalCounts(counts);
    }
}
