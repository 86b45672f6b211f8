package io.newsgraph.core.planning.model;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

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

    ReadModel(Instance<ReadModelContribution> contributions) {
        Declarations declarations = new Declarations();
        contributions.forEach(contribution -> contribution.declare(declarations));
    }

    /** One object type read from an entity's rows. */
    public record TypeModel(String name, Listing<?> visible, Listing<?> reachableById, Map<String, PlannedField> fields) {

        public Class<?> entity() {
            return visible.entity();
        }

        /** Whether {@code node(id:)} finds rows of this type. */
        public boolean isNode() {
            return reachableById != null;
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

        /** Rows of this type are found by {@code node(id:)} among the rows of {@code listing}. */
        public TypeDeclaration reachableById(Listing<?> listing) {
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
