package io.newsgraph.article;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import io.newsgraph.core.pagination.Listing;
import io.newsgraph.core.pagination.ListingQueries;
import io.newsgraph.core.pagination.PageRequest;
import io.newsgraph.core.pagination.Slice;

/** What readers can see of the articles: published ones only. */
@ApplicationScoped
@Transactional(TxType.SUPPORTS)
public class ArticleService {

    private final ListingQueries listingQueries;

    ArticleService(ListingQueries listingQueries) {
        this.listingQueries = listingQueries;
    }

    public Optional<ArticleEntity> findPublished(long key) {
        return ArticleEntity.<ArticleEntity> find("id = ?1 and status = ?2", key, ArticleStatus.PUBLISHED)
                .firstResultOptional();
    }

    public Optional<ArticleEntity> findPublishedBySlug(String slug) {
        return ArticleEntity.<ArticleEntity> find("slug = ?1 and status = ?2", slug, ArticleStatus.PUBLISHED)
                .firstResultOptional();
    }

    public Map<Long, ArticleEntity> findPublished(Collection<Long> keys) {
        return listingQueries.byKeys(ArticleEntity.class, ArticleListings.PUBLISHED, keys, article -> article.id);
    }

    public Slice<ArticleEntity> page(ArticleCriteria criteria, ArticleOrder order, PageRequest request) {
        return listingQueries.page(ArticleEntity.class, ArticleListings.PUBLISHED, ArticleListings.filter(criteria),
                order.keyset(), request);
    }

    /** The same page of the published articles under each parent: an author, a source, a tag. */
    Map<Long, Slice<ArticleEntity>> pagesByParent(Listing listing, Collection<Long> parentKeys,
            ArticleOrder order, PageRequest request) {
        return listingQueries.pagesByParent(ArticleEntity.class, listing, parentKeys, order.keyset(), request);
    }
}
