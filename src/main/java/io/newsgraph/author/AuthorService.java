package io.newsgraph.author;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import io.newsgraph.core.fetching.ListingQueries;
import io.newsgraph.core.persistence.NamedContentService;

@ApplicationScoped
@Transactional(TxType.SUPPORTS)
public class AuthorService extends NamedContentService<AuthorEntity> {

    private final EntityManager entityManager;

    AuthorService(EntityManager entityManager, ListingQueries listingQueries) {
        super(AuthorEntity.class, "author", listingQueries);
        this.entityManager = entityManager;
    }

    /** The social links of each author, for authors that have any. */
    public Map<Long, List<SocialLinkEmbeddable>> socialLinks(Collection<Long> keys) {
        if (keys.isEmpty()) {
            return Map.of();
        }
        List<Object[]> rows = entityManager
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
