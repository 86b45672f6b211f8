package io.newsgraph.tag;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import io.newsgraph.article.ArticleEntity;
import io.newsgraph.core.error.BadUserInputException;
import io.newsgraph.core.write.IdempotentWrites;
import io.newsgraph.core.write.NamedContentWrites;
import io.newsgraph.core.write.Slugs;

@ApplicationScoped
public class TagWriteService extends NamedContentWrites<TagEntity, TagInput> {

    TagWriteService(EntityManager entityManager, IdempotentWrites idempotentWrites, Slugs slugs) {
        super(TagEntity.class, Tag.TYPE, TagEntity::new, entityManager, idempotentWrites, slugs);
    }

    /** Tag names are unique, as topics readers filter by. */
    @Override
    protected void write(TagInput input, TagEntity tag) {
        long others = tag.id == null ? TagEntity.count("name", input.name())
                : TagEntity.count("name = ?1 and id <> ?2", input.name(), tag.id);
        if (others > 0) {
            throw BadUserInputException.of("input.name", "Another tag is named '" + input.name() + "'.");
        }
    }

    @Override
    protected long articlesReferringTo(long key) {
        return ArticleEntity.count("from ArticleEntity a join a.tags t where t.id = ?1", key);
    }
}
