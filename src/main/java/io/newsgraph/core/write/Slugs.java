package io.newsgraph.core.write;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.IntStream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import io.newsgraph.core.error.BadUserInputException;

/**
 * Chooses the slugs of new and changed content: the one an editor gives, if no other row of the kind has it, or one
 * made from the title or name ({@link SlugText}), with {@code -2}, {@code -3}... added until it is unique. Two writes
 * that choose the same slug at the same moment are told apart by the database's unique index: one fails with CONFLICT
 * and can be sent again.
 */
@ApplicationScoped
public class Slugs {

    /** Suffixed candidates looked up per statement, by the unique index. */
    private static final int CANDIDATES_PER_LOOKUP = 20;

    private final EntityManager entityManager;

    Slugs(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * The slug of a new row of {@code entity}, whose GraphQL type is {@code type}.
     *
     * @param given the editor's slug, or null to make one from {@code name}
     * @param field where the editor's slug is in the input, for the error that says it is taken
     */
    public String forNew(Class<?> entity, String type, String given, String name, String field) {
        if (given != null) {
            return requireFree(entity, given, field);
        }
        String base = SlugText.of(name);
        return unique(entity, base.isEmpty() ? type.toLowerCase(Locale.ROOT) : base);
    }

    /** The slug of a changed row: the editor's, when it is new and free, or the one it has. */
    public String forChange(Class<?> entity, String current, String given, String field) {
        return given == null || given.equals(current) ? current : requireFree(entity, given, field);
    }

    private String requireFree(Class<?> entity, String slug, String field) {
        if (!taken(entity, List.of(slug)).isEmpty()) {
            throw BadUserInputException.of(field, "The slug '" + slug + "' is taken: choose another, or leave it out"
                    + " to have one made from the title.");
        }
        return slug;
    }

    private String unique(Class<?> entity, String base) {
        for (int first = 1;; first += CANDIDATES_PER_LOOKUP) {
            List<String> candidates = IntStream.range(first, first + CANDIDATES_PER_LOOKUP)
                    .mapToObj(number -> number == 1 ? base : base + "-" + number).toList();
            Set<String> taken = taken(entity, candidates);
            for (String candidate : candidates) {
                if (!taken.contains(candidate)) {
                    return candidate;
                }
            }
        }
    }

    private Set<String> taken(Class<?> entity, List<String> slugs) {
        String name = entityManager.getMetamodel().entity(entity).getName();
        return new HashSet<>(entityManager.createQuery("select e.slug from " + name + " e where e.slug in :slugs",
                String.class).setParameter("slugs", slugs).getResultList());
    }
}
