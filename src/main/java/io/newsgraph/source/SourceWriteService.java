package io.newsgraph.source;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import io.newsgraph.core.write.IdempotentWrites;
import io.newsgraph.core.write.NamedContentWrites;
import io.newsgraph.core.write.Slugs;

@ApplicationScoped
public class SourceWriteService extends NamedContentWrites<SourceEntity, SourceInput> {

    private final SourceReferences references;

    SourceWriteService(EntityManager entityManager, IdempotentWrites idempotentWrites, Slugs slugs,
            SourceReferences references) {
        super(SourceEntity.class, Source.TYPE, SourceEntity::new, entityManager, idempotentWrites, slugs);
        this.references = references;
    }

    @Override
    protected void write(SourceInput input, SourceEntity source) {
        source.url = input.url();
        source.language = input.language();
    }

    @Override
    protected long articlesReferringTo(long key) {
        return references.articlesFrom(key);
    }
}
