package io.newsgraph.tag;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import io.newsgraph.core.fetching.ListingQueries;
import io.newsgraph.core.persistence.NamedContentService;

@ApplicationScoped
@Transactional(TxType.SUPPORTS)
public class TagService extends NamedContentService<TagEntity> {

    TagService(ListingQueries listingQueries) {
        super(TagEntity.class, "tag", listingQueries);
    }
}
