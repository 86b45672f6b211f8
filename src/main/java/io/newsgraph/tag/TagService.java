package io.newsgraph.tag;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import io.newsgraph.core.pagination.KeysetQueries;
import io.newsgraph.core.persistence.NamedContentService;

@ApplicationScoped
@Transactional(TxType.SUPPORTS)
public class TagService extends NamedContentService<TagEntity> {

    private final EntityManager entityManager;

    TagService(EntityManager entityManager, KeysetQueries keysetQueries) {
        super(TagEntity.class, "tag", entityManager, keysetQueries);
        this.entityManager = entityManager;
    }

    /** The tags of each article, by name, for articles that have any. */
    public Map<Long, List<TagEntity>> tagsOfArticles(Collection<Long> articleKeys) {
        if (articleKeys.isEmpty()) {
            return Map.of();
        }
        List<Object[]> rows = entityManager
                .createQuery("select a.id, t from ArticleEntity a join a.tags t where a.id in :keys order by t.name",
                        Object[].class)
                .setParameter("keys", articleKeys)
                .getResultList();
        Map<Long, List<TagEntity>> tags = new HashMap<>();
        for (Object[] row : rows) {
            tags.computeIfAbsent((Long) row[0], key -> new ArrayList<>()).add((TagEntity) row[1]);
        }
        return tags;
    }
}
