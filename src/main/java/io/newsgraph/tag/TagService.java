package io.newsgraph.tag;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import io.newsgraph.core.pagination.Listing;
import io.newsgraph.core.pagination.ListingQueries;
import io.newsgraph.core.persistence.NamedContentService;

@ApplicationScoped
@Transactional(TxType.SUPPORTS)
public class TagService extends NamedContentService<TagEntity> {

    private static final Listing OF_ARTICLE = Listing.of("tag e join article_tag t on t.tag_id = e.id", "true")
            .nestedBy("t.article_id");

    private final ListingQueries listingQueries;

    TagService(EntityManager entityManager, ListingQueries listingQueries) {
        super(TagEntity.class, "tag", entityManager, listingQueries);
        this.listingQueries = listingQueries;
    }

    /** The tags of each article, by name, for articles that have any. */
    public Map<Long, List<TagEntity>> tagsOfArticles(Collection<Long> articleKeys) {
        return listingQueries.allByParent(TagEntity.class, OF_ARTICLE, articleKeys, byName());
    }
}
