package io.newsgraph.article;

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
import io.newsgraph.core.sql.Condition;
import io.newsgraph.tag.TagEntity;
import io.newsgraph.tag.TagService;
import io.quarkus.security.identity.SecurityIdentity;

/** What requesters can see of the articles: published ones, and for editors every one (see {@link ArticleListings}). */
@ApplicationScoped
@Transactional(TxType.SUPPORTS)
public class ArticleService {

    private final ListingQueries listingQueries;
    private final TagService tagService;
    private final SecurityIdentity requester;

    ArticleService(ListingQueries listingQueries, TagService tagService, SecurityIdentity requester) {
        this.listingQueries = listingQueries;
        this.tagService = tagService;
        this.requester = requester;
    }

    public Optional<ArticleEntity> findPublished(long key) {
        return Optional.ofNullable(findPublished(List.of(key)).get(key));
    }

    public Map<Long, ArticleEntity> findPublished(Collection<Long> keys) {
        return listingQueries.byKeys(ArticleListings.PUBLISHED, keys, article -> article.id);
    }

    /** An article the requester may look up by itself. */
    Optional<ArticleEntity> findVisible(long key) {
        return Optional.ofNullable(
                listingQueries.byKeys(ArticleListings.visibleTo(requester::hasRole), List.of(key), article -> article.id)
                        .get(key));
    }

    Optional<ArticleEntity> findVisibleBySlug(String slug) {
        return listingQueries.first(ArticleListings.visibleTo(requester::hasRole).narrowedBy(Condition.equal("slug", slug)));
    }

    /** A page of the articles a filter keeps, of the status it names, and what counts them all. */
    Slice<ArticleEntity> page(Condition filter, ArticleStatus status, ArticleOrder order, PageRequest request) {
        return listingQueries.page(ArticleListings.listedFor(requester::hasRole, status).narrowedBy(filter),
                order.keyset(status),
                request);
    }

    TotalCount totalCount(Condition filter, ArticleStatus status) {
        return new TotalCount.OfListing(ArticleListings.listedFor(requester::hasRole, status).narrowedBy(filter));
    }

    /** The same page of the published articles under each parent: an author, a source, a tag. */
    Map<Long, Slice<ArticleEntity>> pagesByParent(Listing<ArticleEntity> listing, Collection<Long> parentKeys,
            ArticleOrder order, PageRequest request) {
        return listingQueries.pagesByParent(listing, parentKeys, order.keyset(), request);
    }

    /** The tags of each article, by name, for articles that have any. */
    Map<Long, List<TagEntity>> tagsOf(Collection<Long> articleKeys) {
        return listingQueries.allByParent(ArticleListings.TAGS, articleKeys, tagService.byName());
    }

    List<Integer> totalCounts(List<TotalCount> counts) {
        return listingQueries.totalCounts(counts);
    }
}
