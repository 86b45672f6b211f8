package io.newsgraph.author;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
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
public class AuthorService {

    static final Listing ALL = Listing.of("author e", "true");
    static final KeysetOrder<AuthorEntity> BY_NAME = new KeysetOrder<>("author.NAME", "name",
            SortDirection.ASC, CursorValueType.TEXT, author -> author.name,
            author -> author.id);

    private final KeysetQueries keysetQueries;

    AuthorService(KeysetQueries keysetQueries) {
        this.keysetQueries = keysetQueries;
    }

    public Optional<AuthorEntity> find(long key) {
        return AuthorEntity.findByIdOptional(key);
    }

    public Optional<AuthorEntity> findBySlug(String slug) {
        return AuthorEntity.find("slug", slug).firstResultOptional();
    }

    public Map<Long, AuthorEntity> findAll(Collection<Long> keys) {
        if (keys.isEmpty()) {
            return Map.of();
        }
        List<AuthorEntity> authors = AuthorEntity.list("id in ?1", keys);
        return authors.stream().collect(Collectors.toMap(author -> author.id, Function.identity()));
    }

    public Slice<AuthorEntity> page(PageRequest request) {
        return keysetQueries.page(AuthorEntity.class, ALL, SqlFilter.none(), BY_NAME, request);
    }

    /** The social links of each author, for authors that have any. */
    public Map<Long, List<SocialLinkEmbeddable>> socialLinks(Collection<Long> keys) {
        if (keys.isEmpty()) {
            return Map.of();
        }
        List<Object[]> rows = AuthorEntity.getEntityManager()
                .createQuery("select a.id, l from AuthorEntity a join a.socialLinks l where a.id in :keys"
                        + " order by a.id, l.network", Object[].class)
                .setParameter("keys", keys)
                .getResultList();
        Map<Long, List<SocialLinkEmbeddable>> links = new HashMap<>();
        for (Object[] row : rows) {
            links.computeIfAbsent((Long) row[0], key -> new ArrayList<>()).add((SocialLinkEmbeddable) row[1]);
        }
        return links;
    }
}
