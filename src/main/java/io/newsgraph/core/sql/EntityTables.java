package io.newsgraph.core.sql;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;

import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.metamodel.MappingMetamodel;
import org.hibernate.metamodel.mapping.AttributeMapping;
import org.hibernate.metamodel.mapping.BasicValuedModelPart;
import org.hibernate.metamodel.mapping.CollectionPart;
import org.hibernate.metamodel.mapping.PluralAttributeMapping;
import org.hibernate.metamodel.mapping.ValuedModelPart;
import org.hibernate.metamodel.mapping.internal.EmbeddedCollectionPart;
import org.hibernate.metamodel.mapping.internal.ManyToManyCollectionPart;
import org.hibernate.metamodel.mapping.internal.ToOneAttributeMapping;
import org.hibernate.persister.entity.EntityPersister;

/**
 * The tables and columns of the entities, read off Hibernate's mapping metamodel: the entity classes are the
 * one description of the schema, so SQL written elsewhere asks here for every name it needs. Since it does, the names
 * asked for while a piece of SQL is rendered are the tables and columns that SQL reads: its {@link #footprint}.
 */
@ApplicationScoped
public class EntityTables {

    private final MappingMetamodel metamodel;
    private final Map<String, Sql> names;
    /** Null but in the copies that {@link #footprint} renders with. */
    private final Footprint.Recorder recorder;

    @Inject
    EntityTables(EntityManagerFactory entityManagerFactory) {
        this(entityManagerFactory.unwrap(SessionFactoryImplementor.class).getMappingMetamodel(),
                new ConcurrentHashMap<>(), null);
    }

    private EntityTables(MappingMetamodel metamodel, Map<String, Sql> names, Footprint.Recorder recorder) {
        this.metamodel = metamodel;
        this.names = names;
        this.recorder = recorder;
    }

    /** The tables and columns that the SQL {@code render} writes with the tables it is given reads. */
    public Footprint footprint(Consumer<EntityTables> render) {
        Footprint.Recorder recording = new Footprint.Recorder();
        render.accept(new EntityTables(metamodel, names, recording));
        return recording.footprint();
    }

    /** The table an entity is stored in. */
    public Sql table(Class<?> entity) {
        Sql table = names.computeIfAbsent(entity.getName(), key -> Sql.name(persister(entity).getTableName()));
        if (recorder != null) {
            recorder.table(table);
        }
        return table;
    }

    /** The column of the entity's id. */
    public Sql idColumn(Class<?> entity) {
        Sql column = names.computeIfAbsent(entity.getName() + "#id", key -> Sql.name(
                ((BasicValuedModelPart) persister(entity).getIdentifierMapping()).getSelectionExpression()));
        record(entity, column);
        return column;
    }

    /**
     * The column of a single-valued attribute: a basic attribute's own column, or, for a to-one relation, the
     * foreign key column that holds the related row's id.
     */
    public Sql column(Class<?> entity, String attribute) {
        Sql column = names.computeIfAbsent(entity.getName() + "." + attribute, key -> {
            if (attribute.equals(persister(entity).getIdentifierMapping().getAttributeName())) {
                return idColumn(entity);
            }
            AttributeMapping mapping = attribute(entity, attribute);
            if (mapping instanceof ToOneAttributeMapping toOne) {
                return columnOf(toOne.getForeignKeyDescriptor().getKeyPart());
            }
            if (mapping instanceof BasicValuedModelPart basic) {
                return Sql.name(basic.getSelectionExpression());
            }
            throw new IllegalArgumentException(entity.getSimpleName() + "." + attribute + " has no single column");
        });
        record(entity, column);
        return column;
    }

    /** The Java type of a basic attribute, e.g. {@code String} or {@code Instant}. */
    public Class<?> javaType(Class<?> entity, String attribute) {
        if (attribute.equals(persister(entity).getIdentifierMapping().getAttributeName())) {
            return persister(entity).getIdentifierMapping().getJavaType().getJavaTypeClass();
        }
        return attribute(entity, attribute).getJavaType().getJavaTypeClass();
    }

    /** The entity a to-one relation points to. */
    public Class<?> target(Class<?> entity, String toOneAttribute) {
        if (attribute(entity, toOneAttribute) instanceof ToOneAttributeMapping toOne) {
            return toOne.getAssociatedEntityMappingType().getJavaType().getJavaTypeClass();
        }
        throw new IllegalArgumentException(entity.getSimpleName() + "." + toOneAttribute + " is not a to-one relation");
    }

    /** Where a collection attribute is stored: its table, the owner's key column and the element's columns. */
    public CollectionTable collection(Class<?> entity, String attribute) {
        if (!(attribute(entity, attribute) instanceof PluralAttributeMapping plural)) {
            throw new IllegalArgumentException(entity.getSimpleName() + "." + attribute + " is not a collection");
        }
        Sql table = Sql.name(plural.getCollectionDescriptor().getTableName());
        Sql ownerKey = columnOf(plural.getKeyDescriptor().getKeyPart());
        CollectionPart element = plural.getElementDescriptor();
        if (recorder != null) {
            // whatever SQL does with a collection's table, it joins it to its owner
            recorder.column(table, ownerKey);
        }
        if (element instanceof ManyToManyCollectionPart manyToMany) {
            Sql elementKey = columnOf(manyToMany.getForeignKeyDescriptor().getKeyPart());
            if (recorder != null) {
                recorder.column(table, elementKey);
            }
            return new CollectionTable(table, ownerKey, elementKey,
                    manyToMany.getAssociatedEntityMappingType().getJavaType().getJavaTypeClass(), Map.of(), Map.of());
        }
        if (element instanceof EmbeddedCollectionPart embedded) {
            Map<String, Sql> columns = new LinkedHashMap<>();
            Map<String, Class<?>> types = new LinkedHashMap<>();
            embedded.getEmbeddableTypeDescriptor().forEachAttributeMapping(part -> {
                Sql column = Sql.name(((BasicValuedModelPart) part).getSelectionExpression());
                columns.put(part.getAttributeName(), column);
                types.put(part.getAttributeName(), part.getJavaType().getJavaTypeClass());
                if (recorder != null) {
                    recorder.column(table, column);
                }
            });
            return new CollectionTable(table, ownerKey, null, null, Map.copyOf(columns), Map.copyOf(types));
        }
        throw new IllegalArgumentException(entity.getSimpleName() + "." + attribute + " is not a supported collection");
    }

    /**
     * A collection attribute's table.
     *
     * @param elementKey for a collection of entities, the column holding the element's id; null otherwise
     * @param elementEntity for a collection of entities, their class; null otherwise
     * @param elementColumns for a collection of embeddable values, the column of each of their attributes
     * @param elementTypes for a collection of embeddable values, the Java type of each of their attributes
     */
    public record CollectionTable(Sql table, Sql ownerKey, Sql elementKey, Class<?> elementEntity,
            Map<String, Sql> elementColumns, Map<String, Class<?>> elementTypes) {

        public Sql elementColumn(String attribute) {
            Sql column = elementColumns.get(attribute);
            if (column == null) {
                throw new IllegalArgumentException("No element attribute " + attribute);
            }
            return column;
        }
    }

    /** Every entity class of the model. */
    public List<Class<?>> entities() {
        List<Class<?>> entities = new ArrayList<>();
        metamodel.forEachEntityDescriptor(descriptor -> entities.add(descriptor.getMappedClass()));
        return entities;
    }

    /**
     * The tables of the entity's collections (an author's social links, an article's tags), each with its column
     * holding the owner's key.
     */
    public Map<String, String> collectionsOwnedBy(Class<?> entity) {
        Map<String, String> ownerKeys = new LinkedHashMap<>();
        persister(entity).forEachAttributeMapping(attribute -> {
            if (attribute instanceof PluralAttributeMapping plural) {
                ownerKeys.put(plural.getCollectionDescriptor().getTableName(),
                        columnOf(plural.getKeyDescriptor().getKeyPart()).jdbcText());
            }
        });
        return ownerKeys;
    }

    private void record(Class<?> entity, Sql column) {
        if (recorder != null) {
            recorder.column(table(entity), column);
        }
    }

    private AttributeMapping attribute(Class<?> entity, String attribute) {
        AttributeMapping mapping = persister(entity).findAttributeMapping(attribute);
        if (mapping == null) {
            throw new IllegalArgumentException(entity.getSimpleName() + " has no attribute " + attribute);
        }
        return mapping;
    }

    private EntityPersister persister(Class<?> entity) {
        return metamodel.getEntityDescriptor(entity);
    }

    private static Sql columnOf(ValuedModelPart part) {
        return Sql.name(part.getSelectable(0).getSelectionExpression());
    }
}
