package io.newsgraph.source;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import io.newsgraph.article.ArticleEntity;
import io.newsgraph.core.write.IdempotentWrites;
import io.newsgraph.core.write.NamedContentWrites;
import io.newsgraph.core.write.Slugs;

@ApplicationScoped
public class SourceWriteService extends NamedContentWrites<SourceEntity, SourceInput> {

    SourceWriteService(EntityManager entityManager, IdempotentWrites idempotentWrites, Slugs slugs) {
        super(SourceEntity.class, Source.TYPE, SourceEntity::new, entityManager, idempotentWrites, slugs);
    }

    @Override
    protected void write(SourceInput input, SourceEntity source) {
        source.url = input.url();
        source.language = input.language();
    }

    @Override
    protected long articlesReferringTo(long key) {
        return ArticleEntity.count("source.id", key);
    }
}
