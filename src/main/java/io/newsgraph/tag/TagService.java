package io.newsgraph.tag;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.newsgraph.core.pagination.CursorValueType;
import io.newsgraph.core.pagination.KeysetOrder;
import io.newsgraph.core.pagination.KeysetQueries;
import io.newsgraph.core.pagination.Listing;
import io.newsgraph.core.pagination.PageRequest;
import io.newsgraph.core.pagination.Slice;
import io.newsgraph.core.pagination.SortDirection;
import io.newsgraph.core.pagination.SqlFilter;

@ApplicationScoped
@Transactional
public class TagService {

    static final Listing ALL = Listing.of("tag e", "true");
    static final KeysetOrder<TagEntity> BY_NAME = new KeysetOrder<>("tag.NAME", "name", SortDirection.ASC,
            CursorValueType.TEXT, tag -> tag.name, tag -> tag.id);

    private final KeysetQueries keysetQueries;

    TagService(KeysetQueries keysetQueries) {
        this.keysetQueries = keysetQueries;
    }

    public Optional<TagEntity> find(long key) {
        return TagEntity.findByIdOptional(key);
    }

    public Optional<TagEntity> findBySlug(String slug) {
        return TagEntity.find("slug", slug).firstResultOptional();
    }

    public Slice<TagEntity> page(PageRequest request) {
        return keysetQueries.page(TagEntity.class, ALL, SqlFilter.none(), BY_NAME, request);
    }

    /** The tags of each article, by name, for articles that have any. */
    public Map<Long, List<TagEntity>> tagsOfArticles(Collection<Long> articleKeys) {
        if (articleKeys.isEmpty()) {
            return Map.of();
        }
        List<Object[]> rows = TagEntity.getEntityManager()
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
