package io.newsgraph.core.planning.model;

import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

import io.newsgraph.core.pagination.Listing;

/**
 * What the read planner knows of the GraphQL schema: for each object type, the entity it is read from, which
 * of its rows readers may see, and how each field is read; for each field of Query, how it is answered.
 * The features declare it ({@link ReadModelContribution}); a field nobody declared is left to the resolvers.
 */
@ApplicationScoped
public class ReadModel {

    private final Map<String, TypeModel> typesByName = new LinkedHashMap<>();
    private final Map<Class<?>, TypeModel> typesByEntity = new HashMap<>();
    private final Map<String, QueryField> queryFields = new HashMap<>();
    private final Map<String, Set<String>> resolverOnly = new HashMap<>();

    ReadModel(Instance<ReadModelContribution> contributions) {
        Declarations declarations = new Declarations();
        contributions.forEach(contribution -> contribution.declare(declarations));
    }

    /**
     * One object type read from an entity's rows.
     *
     * @param visible the rows every requester sees wherever another row refers to one
     * @param reachableById the rows a requester finds by id or slug, by {@code thing(id|slug)} and {@code node(id:)};
     *        null when {@code node(id:)} finds none
     */
    public record TypeModel(String name, Listing<?> visible, Function<Visibility, Listing<?>> reachableById,
            Map<String, PlannedField> fields) {

        public Class<?> entity() {
            return visible.entity();
        }

        /** Whether {@code node(id:)} finds rows of this type. */
        public boolean isNode() {
            return reachableById != null;
        }

        /** The rows a requester of this visibility finds by id or slug. */
        public Listing<?> reachableBy(Visibility visibility) {
            return reachableById == null ? visible : reachableById.apply(visibility);
        }
    }

    public Optional<TypeModel> type(String name) {
        return Optional.ofNullable(typesByName.get(name));
    }

    /** The type whose rows are of this entity. */
    public TypeModel typeOf(Class<?> entity) {
        TypeModel type = typesByEntity.get(entity);
        if (type == null) {
            throw new IllegalStateException("No GraphQL type is declared for " + entity.getSimpleName());
        }
        return type;
    }

    public Optional<QueryField> queryField(String name) {
        return Optional.ofNullable(queryFields.get(name));
    }

    /** Every object type read from rows, by name. */
    public Collection<TypeModel> types() {
        return Collections.unmodifiableCollection(typesByName.values());
    }

    /** Whether a feature said that only the resolvers answer this field (see {@link Declarations#resolverOnly}). */
    public boolean isResolverOnly(String type, String field) {
        return resolverOnly.getOrDefault(type, Set.of()).contains(field);
    }

    /**
     * The types {@code node(id:)} can return, in the order of their names: the features declare them in an order CDI
     * does not fix, and the statement of {@code node(id:)} is then the same text on every start.
     */
    public Map<String, TypeModel> nodeTypes() {
        Map<String, TypeModel> nodes = new TreeMap<>();
        typesByName.forEach((name, type) -> {
            if (type.isNode()) {
                nodes.put(name, type);
            }
        });
        return nodes;
    }

    /** What the features declare into. */
    public final class Declarations {

        private Declarations() {
        }

        /**
         * An object type read from the rows of {@code visible}'s entity that readers may see.
         */
        public TypeDeclaration type(String name, Listing<?> visible) {
            return new TypeDeclaration(name, visible);
        }

        /** A field that a feature adds to another feature's type, such as the comments of an article. */
        public Declarations field(String type, String field, PlannedField source) {
            fieldsOf(type).put(field, source);
            return this;
        }

        public Declarations query(String field, QueryField source) {
            queryFields.put(field, source);
            return this;
        }

        /**
         * A field of a type the planner reads (or of {@code Query}) that only the resolvers answer, so that an operation
         * that selects it goes to them by design: every other field must be declared, which a test holds.
         */
        public Declarations resolverOnly(String type, String field) {
            resolverOnly.computeIfAbsent(type, key -> new HashSet<>()).add(field);
            return this;
        }
    }

    /** The fields of one object type, declared by the feature that owns it. */
    public final class TypeDeclaration {

        private final String name;

        private TypeDeclaration(String name, Listing<?> visible) {
            this.name = name;
            TypeModel type = new TypeModel(name, visible, null, fieldsOf(name));
            typesByName.put(name, type);
            typesByEntity.put(visible.entity(), type);
        }

        /** The {@code id} field: the row's global id. */
        public TypeDeclaration globalId() {
            return field("id", new PlannedField.GlobalIdOfRow());
        }

        /** Fields that read the entity attribute of the same name. */
        public TypeDeclaration attributes(String... attributes) {
            for (String attribute : attributes) {
                field(attribute, new PlannedField.Attribute(attribute));
            }
            return this;
        }

        public TypeDeclaration field(String field, PlannedField source) {
            fieldsOf(name).put(field, source);
            return this;
        }

        /** Rows of this type are found by id or slug, and by {@code node(id:)}, among the rows of {@code listing}. */
        public TypeDeclaration reachableById(Listing<?> listing) {
            return reachableById(visibility -> listing);
        }

        /** Rows of this type are found by id or slug, and by {@code node(id:)}, among rows that depend on who asks. */
        public TypeDeclaration reachableById(Function<Visibility, Listing<?>> listing) {
            TypeModel type = typesByName.get(name);
            TypeModel node = new TypeModel(name, type.visible(), listing, type.fields());
            typesByName.put(name, node);
            typesByEntity.put(type.entity(), node);
            return this;
        }
    }

    private Map<String, PlannedField> fieldsOf(String type) {
        TypeModel existing = typesByName.get(type);
        if (existing != null) {
            return existing.fields();
        }
        return pendingFields.computeIfAbsent(type, key -> new LinkedHashMap<>());
    }

    private final Map<String, Map<String, PlannedField>> pendingFields = new HashMap<>();
}
