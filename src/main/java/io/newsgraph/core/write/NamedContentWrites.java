package io.newsgraph.core.write;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.newsgraph.core.error.ConflictException;
import io.newsgraph.core.persistence.NamedContentEntity;

/**
 * What editors do to one kind of named content (authors, sources, tags), each change one transaction through the
 * entities: create it, change it from the version they read, and delete it, which is refused while articles still
 * refer to it. A feature's write service extends it with the fields of its own kind and the articles that refer to it.
 * The entities returned are what was committed.
 */
public abstract class NamedContentWrites<E extends NamedContentEntity, I extends NamedContentInput> {

    private final Class<E> entity;
    private final String type;
    private final Supplier<E> constructor;
    private final EntityManager entityManager;
    private final IdempotentWrites idempotentWrites;
    private final Slugs slugs;

    /** For the proxies CDI puts in front of the transactional subclasses; they delegate every call. */
    protected NamedContentWrites() {
        this(null, null, null, null, null, null);
    }

    /** @param type the GraphQL type name, which names the mutations ({@code createTag}) */
    protected NamedContentWrites(Class<E> entity, String type, Supplier<E> constructor, EntityManager entityManager,
            IdempotentWrites idempotentWrites, Slugs slugs) {
        this.entity = entity;
        this.type = type;
        this.constructor = constructor;
        this.entityManager = entityManager;
        this.idempotentWrites = idempotentWrites;
        this.slugs = slugs;
    }

    /**
     * Writes the input's own fields, besides the name and the slug, into the entity; any query it runs to check the
     * input runs before it changes the entity.
     */
    protected abstract void write(I input, E row);

    /** How many articles, of any status, refer to the row. */
    protected abstract long articlesReferringTo(long key);

    @Transactional
    public E create(I input, String idempotencyKey) {
        return saved(idempotentWrites.once(idempotencyKey, "create" + type, input, () -> {
            E row = constructor.get();
            row.slug = slugs.forNew(entity, type, input.slug(), input.name(), "input.slug");
            row.name = input.name();
            write(input, row);
            entityManager.persist(row);
            return row.id;
        }));
    }

    @Transactional
    public E update(long key, long version, I input, String idempotencyKey) {
        return saved(idempotentWrites.once(idempotencyKey, "update" + type, List.of(key, version, input), () -> {
            E row = Edits.target(find(key), type, key, version);
            // the slug's check and write()'s query the table, which would flush a changed row first: a new name
            // another row has would then fail as a unique violation instead of being reported on its field, and the
            // version would count the flush. So the row changes after them.
            String slug = slugs.forChange(entity, row.slug, input.slug(), "input.slug");
            write(input, row);
            row.slug = slug;
            row.name = input.name();
            return row.id;
        }));
    }

    /** Deletes the row, unless articles refer to it; returns its key. */
    @Transactional
    public long delete(long key, long version, String idempotencyKey) {
        return idempotentWrites.once(idempotencyKey, "delete" + type, List.of(key, version), () -> {
            E row = Edits.target(find(key), type, key, version);
            long articles = articlesReferringTo(key);
            if (articles > 0) {
                throw new ConflictException("The " + type.toLowerCase(Locale.ROOT) + " is not deleted: " + articles
                        + (articles == 1 ? " article refers" : " articles refer") + " to it (drafts and archived"
                        + " articles included). Change or delete them first.");
            }
            entityManager.remove(row);
            return key;
        });
    }

    private Optional<E> find(long key) {
        return Optional.ofNullable(entityManager.find(entity, key));
    }

    private E saved(long key) {
        return find(key).orElseThrow(() -> Edits.notFound(type, key));
    }
}
