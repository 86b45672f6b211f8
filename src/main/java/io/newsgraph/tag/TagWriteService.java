package io.newsgraph.tag;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import io.newsgraph.core.error.BadUserInputException;
import io.newsgraph.core.validation.NameKey;
import io.newsgraph.core.write.IdempotentWrites;
import io.newsgraph.core.write.NamedContentWrites;
import io.newsgraph.core.write.Slugs;

@ApplicationScoped
public class TagWriteService extends NamedContentWrites<TagEntity, TagInput> {

    private final TagReferences references;

    TagWriteService(EntityManager entityManager, IdempotentWrites idempotentWrites, Slugs slugs,
            TagReferences references) {
        super(TagEntity.class, Tag.TYPE, TagEntity::new, entityManager, idempotentWrites, slugs);
        this.references = references;
    }

    /** Tag names are unique as readers read them ({@link NameKey}), as topics readers filter by. */
    @Override
    protected void write(TagInput input, TagEntity tag) {
        String key = NameKey.of(input.name());
        TagEntity other = (tag.id == null ? TagEntity.<TagEntity> find("nameKey", key)
                : TagEntity.<TagEntity> find("nameKey = ?1 and id <> ?2", key, tag.id)).firstResult();
        if (other != null) {
            throw BadUserInputException.of("input.name", "Another tag is named '" + other.name + "'"
                    + (other.name.equals(input.name()) ? "." : ", which reads the same as '" + input.name() + "'."));
        }
    }

    @Override
    protected long articlesReferringTo(long key) {
        return references.articlesTagged(key);
    }
}
