package io.newsgraph.source;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import io.newsgraph.core.fetching.ListingQueries;
import io.newsgraph.core.persistence.NamedContentService;

@ApplicationScoped
@Transactional(TxType.SUPPORTS)
public class SourceService extends NamedContentService<SourceEntity> {

    SourceService(ListingQueries listingQueries) {
        super(SourceEntity.class, "source", listingQueries);
    }
}
