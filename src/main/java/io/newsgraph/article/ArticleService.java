package io.newsgraph.article;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import io.newsgraph.core.pagination.Listing;
import io.newsgraph.core.pagination.ListingQueries;
import io.newsgraph.core.pagination.PageRequest;
import io.newsgraph.core.pagination.Slice;
import io.newsgraph.core.pagination.TotalCount;
import io.newsgraph.core.sql.Condition;

/** What readers can see of the articles: published ones only. */
@ApplicationScoped
@Transactional(TxType.SUPPORTS)
public class ArticleService {

    private final ListingQueries listingQueries;

    ArticleService(ListingQueries listingQueries) {
        this.listingQueries = listingQueries;
    }

    public Optional<ArticleEntity> findPublished(long key) {
        return Optional.ofNullable(findPublished(List.of(key)).get(key));
    }

    public Optional<ArticleEntity> findPublishedBySlug(String slug) {
        return listingQueries.first(ArticleListings.PUBLISHED.narrowedBy(Condition.equal("slug", slug)));
    }

    public Map<Long, ArticleEntity> findPublished(Collection<Long> keys) {
        return listingQueries.byKeys(ArticleListings.PUBLISHED, keys, article -> article.id);
    }

    /** A page of the published articles a filter keeps, and what counts them all. */
    Slice<ArticleEntity> page(Condition filter, ArticleOrder order, PageRequest request) {
        return listingQueries.page(ArticleListings.PUBLISHED.narrowedBy(filter), order.keyset(), request);
    }

    TotalCount totalCount(Condition filter) {
        return new TotalCount.OfListing(ArticleListings.PUBLISHED.narrowedBy(filter));
    }

    /** The same page of the published articles under each parent: an author, a source, a tag. */
    Map<Long, Slice<ArticleEntity>> pagesByParent(Listing<ArticleEntity> listing, Collection<Long> parentKeys,
            ArticleOrder order, PageRequest request) {
        return listingQueries.pagesByParent(listing, parentKeys, order.keyset(), request);
    }

    List<Integer> totalCounts(List<TotalCount> counts) {
        return listingQueries.totalCounts(counts);
    }
}
