package io.newsgraph.tag;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import io.newsgraph.core.fetching.ListingQueries;
import io.newsgraph.core.persistence.NamedContentService;

@ApplicationScoped
@Transactional(TxType.SUPPORTS)
public class TagService extends NamedContentService<TagEntity> {

    private final ListingQueries listingQueries;

    TagService(ListingQueries listingQueries) {
        super(TagEntity.class, "tag", listingQueries);
        this.listingQueries = listingQueries;
    }

    /** The tags of each article, by name, for articles that have any. */
    public Map<Long, List<TagEntity>> tagsOfArticles(Collection<Long> articleKeys) {
        return listingQueries.allByParent(TagListings.OF_ARTICLE, articleKeys, byName());
    }
}
