package io.newsgraph.core.planning.compiler;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import graphql.normalized.ExecutableNormalizedField;
import io.newsgraph.core.cache.tracking.ReadSubject;
import io.newsgraph.core.pagination.Listing;
import io.newsgraph.core.planning.model.PlannedField;
import io.newsgraph.core.planning.model.ReadModel;
import io.newsgraph.core.planning.writers.FieldStep;
import io.newsgraph.core.planning.writers.ListWriter;
import io.newsgraph.core.planning.writers.ObjectWriter;
import io.newsgraph.core.planning.writers.RowReads;
import io.newsgraph.core.planning.writers.ScalarWriters;
import io.newsgraph.core.planning.writers.ToOneWriter;
import io.newsgraph.core.sql.EntityTables;
import io.newsgraph.core.sql.Sql;

/**
 * Compiles the objects of an operation that are rows, and their fields: values of the row's columns (timestamps leave
 * PostgreSQL as seconds since the epoch), objects embedded in the row and element collections, to-one relations, short
 * nested lists and counts as correlated subqueries; a nested connection is the {@link ConnectionPlanner}'s.
 */
final class ObjectPlanner {

    private final Compilation compilation;
    private final EntityTables tables;

    ObjectPlanner(Compilation compilation) {
        this.compilation = compilation;
        this.tables = compilation.tables;
    }

    /** The slots and steps of a row's fields, its key first, and what writing them records. */
    record Fields(List<Sql> slots, List<FieldStep> steps, RowReads reads) {
        ObjectWriter writer() {
            return new ObjectWriter(steps, reads);
        }
    }

    /** The object {@code field} selects, a row of the type's entity aliased {@code row}. */
    Compiled object(ReadModel.TypeModel type, ExecutableNormalizedField field, Sql row) {
        Fields compiled = fields(type, field, row);
        return new Compiled(PlanSql.object(compiled.slots()), compiled.writer());
    }

    /**
     * The fields {@code parent} selects of a row that the type has (a fragment on another type of a union or interface
     * selects none), in the type's own order.
     */
    Fields fields(ReadModel.TypeModel type, ExecutableNormalizedField parent, Sql row) {
        List<Sql> slots = new ArrayList<>(List.of(PlanSql.id(tables, type.entity(), row)));
        List<FieldStep> steps = new ArrayList<>();
        List<ReadSubject.ListOf> nestedLists = new ArrayList<>();
        for (ExecutableNormalizedField field : compilation.collected.of(parent, type.name())) {
            Compiled compiled = field(type, field, row);
            if (compiled.nestedList() != null) {
                nestedLists.add(compiled.nestedList());
            }
            compiled.addTo(field, slots, steps);
        }
        return new Fields(slots, steps, new RowReads(compilation.subjects.rows(type.entity()), nestedLists,
                compilation.subjects.beyondRow(type.visible())));
    }

    private Compiled field(ReadModel.TypeModel type, ExecutableNormalizedField field, Sql row) {
        if (field.getName().equals(PlanCompiler.TYPE_NAME)) {
            return new Compiled(null, ScalarWriters.constant(type.name()));
        }
        PlannedField source = type.fields().get(field.getName());
        Class<?> entity = type.entity();
        if (source == null) {
            throw new NotPlannable(type.name() + "." + field.getName() + " is not in the read model");
        }
        if (source instanceof PlannedField.GlobalIdOfRow) {
            return new Compiled(PlanSql.id(tables, entity, row), ScalarWriters.globalId(type.name()));
        }
        if (source instanceof PlannedField.Attribute attribute) {
            return value(PlanSql.column(tables, entity, attribute.attribute(), row),
                    tables.javaType(entity, attribute.attribute()));
        }
        if (source instanceof PlannedField.Derived derived) {
            return new Compiled(PlanSql.column(tables, entity, derived.attribute(), row),
                    ScalarWriters.derived(derived.compute()));
        }
        if (source instanceof PlannedField.Embedded embedded) {
            return embedded(entity, embedded, field, row);
        }
        if (source instanceof PlannedField.ToOne toOne) {
            return toOne(entity, toOne.attribute(), field, row);
        }
        if (source instanceof PlannedField.Elements elements) {
            return elements(entity, elements, field, row);
        }
        if (source instanceof PlannedField.NestedList<?> list) {
            return list(list, field, PlanSql.id(tables, entity, row));
        }
        if (source instanceof PlannedField.NestedConnection<?> connection) {
            return compilation.connections.nestedConnection(connection, field, PlanSql.id(tables, entity, row));
        }
        return count(((PlannedField.Count) source).listing(), PlanSql.id(tables, entity, row));
    }

    /** A leaf value of a column. */
    private static Compiled value(Sql column, Class<?> javaType) {
        if (javaType == Instant.class) {
            return new Compiled(PlanSql.epochSeconds(column), ScalarWriters.DATE_TIME);
        }
        if (javaType == String.class || javaType.isEnum() || javaType == Integer.class || javaType == int.class
                || javaType == Long.class || javaType == long.class || javaType == Boolean.class
                || javaType == boolean.class) {
            return new Compiled(column, ScalarWriters.COPY);
        }
        throw new NotPlannable("No writer for attributes of type " + javaType.getSimpleName());
    }

    private Compiled embedded(Class<?> entity, PlannedField.Embedded embedded, ExecutableNormalizedField field, Sql row) {
        Fields values = values(field, embedded.attributesByField(), attribute -> value(
                PlanSql.column(tables, entity, attribute, row), tables.javaType(entity, attribute)));
        return new Compiled(PlanSql.embedded(PlanSql.column(tables, entity, embedded.presentWhen(), row),
                PlanSql.object(values.slots())), values.writer());
    }

    private Compiled elements(Class<?> entity, PlannedField.Elements elements, ExecutableNormalizedField field, Sql row) {
        EntityTables.CollectionTable collection = tables.collection(entity, elements.attribute());
        Sql alias = compilation.newAlias();
        Fields values = values(field, elements.attributesByField(), attribute -> value(
                Sql.of("%s.%s", alias, collection.elementColumn(attribute)), collection.elementTypes().get(attribute)));
        return new Compiled(PlanSql.elements(PlanSql.object(values.slots()),
                Sql.of("%s.%s", alias, collection.elementColumn(elements.orderBy())), collection.table(), alias,
                Sql.of("%s.%s", alias, collection.ownerKey()), PlanSql.id(tables, entity, row)),
                new ListWriter(values.writer()));
    }

    /**
     * The fields of an object that is not a row (an article's image, an author's social link): each the value of an
     * attribute, which {@code valueOf} reads.
     */
    private Fields values(ExecutableNormalizedField field, Map<String, String> attributesByField,
            Function<String, Compiled> valueOf) {
        List<Sql> slots = new ArrayList<>();
        List<FieldStep> steps = new ArrayList<>();
        for (ExecutableNormalizedField child : field.getChildren()) {
            Compiled compiled;
            if (child.getName().equals(PlanCompiler.TYPE_NAME)) {
                compiled = new Compiled(null, ScalarWriters.constant(compilation.typeName(field)));
            } else {
                String attribute = attributesByField.get(child.getName());
                if (attribute == null) {
                    throw new NotPlannable(field.getName() + "." + child.getName() + " is not in the read model");
                }
                compiled = valueOf.apply(attribute);
            }
            compiled.addTo(child, slots, steps);
        }
        return new Fields(slots, steps, null);
    }

    private Compiled toOne(Class<?> entity, String attribute, ExecutableNormalizedField field, Sql row) {
        Class<?> target = tables.target(entity, attribute);
        ReadModel.TypeModel type = compilation.model.typeOf(target);
        Sql alias = compilation.newAlias();
        Fields fields = fields(type, field, alias);
        return new Compiled(PlanSql.toOne(PlanSql.column(tables, entity, attribute, row), PlanSql.object(fields.slots()),
                tables.table(target), alias, PlanSql.id(tables, target, alias), type.visible().where(tables, alias, null)),
                new ToOneWriter(compilation.subjects.rows(target), fields.writer()));
    }

    private <C> Compiled list(PlannedField.NestedList<C> list, ExecutableNormalizedField field, Sql parentKey) {
        Listing<C> listing = list.listing();
        ReadModel.TypeModel type = compilation.model.typeOf(listing.entity());
        Sql alias = compilation.newAlias();
        Fields fields = fields(type, field, alias);
        Sql orderBy = list.order().orderBy(tables, listing.entity(), alias, list.order().direction());
        return new Compiled(PlanSql.list(PlanSql.object(fields.slots()), orderBy, listing.from(tables, alias, parentKey),
                listing.where(tables, alias, parentKey)), new ListWriter(fields.writer()),
                compilation.subjects.listOf(listing, list.order()));
    }

    private Compiled count(Listing<?> listing, Sql parentKey) {
        Sql alias = compilation.newAlias();
        return new Compiled(PlanSql.count(listing.from(tables, alias, parentKey), listing.where(tables, alias, parentKey)),
                ScalarWriters.COPY, compilation.subjects.listOf(listing, null));
    }
}
