package io.newsgraph.source;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

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
public class SourceService {

    static final Listing ALL = Listing.of("source e", "true");
    static final KeysetOrder<SourceEntity> BY_NAME = new KeysetOrder<>("source.NAME", "name", SortDirection.ASC,
            CursorValueType.TEXT, source -> source.name, source -> source.id);

    private final KeysetQueries keysetQueries;

    SourceService(KeysetQueries keysetQueries) {
        this.keysetQueries = keysetQueries;
    }

    public Optional<SourceEntity> find(long key) {
        return SourceEntity.findByIdOptional(key);
    }

    public Optional<SourceEntity> findBySlug(String slug) {
        return SourceEntity.find("slug", slug).firstResultOptional();
    }

    public Map<Long, SourceEntity> findAll(Collection<Long> keys) {
        if (keys.isEmpty()) {
            return Map.of();
        }
        List<SourceEntity> sources = SourceEntity.list("id in ?1", keys);
        return sources.stream().collect(Collectors.toMap(source -> source.id, Function.identity()));
    }

    public Slice<SourceEntity> page(PageRequest request) {
        return keysetQueries.page(SourceEntity.class, ALL, SqlFilter.none(), BY_NAME, request);
    }
}
