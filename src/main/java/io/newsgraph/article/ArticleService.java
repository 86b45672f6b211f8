package io.newsgraph.article;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import io.newsgraph.core.pagination.KeysetQueries;
import io.newsgraph.core.pagination.Listing;
import io.newsgraph.core.pagination.PageRequest;
import io.newsgraph.core.pagination.Slice;

/** What readers can see of the articles: published ones only. */
@ApplicationScoped
@Transactional(TxType.SUPPORTS)
public class ArticleService {

    private final KeysetQueries keysetQueries;

    ArticleService(KeysetQueries keysetQueries) {
        this.keysetQueries = keysetQueries;
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
        if (keys.isEmpty()) {
            return Map.of();
        }
        List<ArticleEntity> articles = ArticleEntity.list("id in ?1 and status = ?2", keys, ArticleStatus.PUBLISHED);
        return articles.stream().collect(Collectors.toMap(article -> article.id, Function.identity()));
    }

    public Slice<ArticleEntity> page(ArticleCriteria criteria, ArticleOrder order, PageRequest request) {
        return keysetQueries.page(ArticleEntity.class, ArticleListings.PUBLISHED, ArticleListings.filter(criteria),
                order.keyset(), request);
    }

    /** The same page of the published articles under each parent: an author, a source, a tag. */
    Map<Long, Slice<ArticleEntity>> pagesByParent(Listing listing, Collection<Long> parentKeys,
            ArticleOrder order, PageRequest request) {
        return keysetQueries.pagesByParent(ArticleEntity.class, listing, parentKeys, order.keyset(), request);
    }
}
