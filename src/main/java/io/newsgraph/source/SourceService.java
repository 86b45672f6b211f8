package io.newsgraph.source;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import io.newsgraph.core.pagination.KeysetQueries;
import io.newsgraph.core.persistence.NamedContentService;

@ApplicationScoped
@Transactional(TxType.SUPPORTS)
public class SourceService extends NamedContentService<SourceEntity> {

    SourceService(EntityManager entityManager, KeysetQueries keysetQueries) {
        super(SourceEntity.class, "source", entityManager, keysetQueries);
    }
}
