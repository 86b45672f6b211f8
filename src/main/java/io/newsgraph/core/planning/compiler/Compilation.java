package io.newsgraph.core.planning.compiler;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import graphql.normalized.ExecutableNormalizedField;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLTypeUtil;
import io.newsgraph.core.cache.tracking.ReadSubject;
import io.newsgraph.core.cache.tracking.ReadSubjects;
import io.newsgraph.core.planning.model.ReadModel;
import io.newsgraph.core.planning.model.Visibility;
import io.newsgraph.core.planning.writers.PlanBindings;
import io.newsgraph.core.sql.EntityTables;
import io.newsgraph.core.sql.Sql;
import io.newsgraph.core.sql.SqlParameter;

/**
 * One operation on its way to a {@link Plan} for one visibility: what its planners share (the read model, the entity
 * model, the schema, the requester's visibility),
 * and what they collect as they go: the binders of the fields with arguments, which connection is paged by which
 * binding (for the operation's cost), the top-level lists it reads, the counts it may take from the count cache, and
 * the aliases handed out so far.
 */
final class Compilation {

    final ReadModel model;
    final EntityTables tables;
    final ReadSubjects subjects;
    final GraphQLSchema schema;
    final ObjectPlanner objects;
    final LookupPlanner lookups;
    final ConnectionPlanner connections;
    final CollectedFields collected;
    /** Who the plan is for: what they find by id or slug and what top-level lists hold depend on it. */
    final Visibility visibility;

    private final List<FieldBinder> binders = new ArrayList<>();
    private final Map<ExecutableNormalizedField, Integer> pageBindings = new HashMap<>();
    private final List<ReadSubject.ListOf> topLevelLists = new ArrayList<>();
    private final List<PlannedCount> counts = new ArrayList<>();
    private int aliases;

    Compilation(ReadModel model, EntityTables tables, ReadSubjects subjects, GraphQLSchema schema,
            CollectedFields collected, Visibility visibility) {
        this.model = model;
        this.tables = tables;
        this.subjects = subjects;
        this.schema = schema;
        this.collected = collected;
        this.visibility = visibility;
        this.objects = new ObjectPlanner(this);
        this.lookups = new LookupPlanner(this);
        this.connections = new ConnectionPlanner(this);
    }

    /**
     * Numbers a field with arguments: a request's arguments for it are decoded into its binding, which the statement's
     * parameters and the writers read.
     */
    int bind(ExecutableNormalizedField field, Function<Map<String, Object>, Object> decoder) {
        GraphQLFieldDefinition definition = field.getFieldDefinitions(schema).get(0);
        int index = binders.size();
        binders.add(new FieldBinder(index, definition.getArguments(), field.getAstArguments(), decoder));
        return index;
    }

    /** A parameter of the statement: a value of a binding. */
    static Sql bound(int binding, Function<Object, Object> value) {
        return Sql.parameter(new SqlParameter.Bound<>(PlanBindings.class,
                bindings -> value.apply(bindings.value(binding))));
    }

    /** The connection is paged by the page its binding decodes. */
    void pagedBy(ExecutableNormalizedField connection, int binding) {
        pageBindings.put(connection, binding);
    }

    void readsTopLevel(ReadSubject.ListOf list) {
        topLevelLists.add(list);
    }

    /** Numbers a count that the statement takes from the count cache when it has it. */
    int cachedCount(PlannedCount count) {
        counts.add(count);
        return counts.size() - 1;
    }

    Sql newAlias() {
        return Sql.alias("t" + ++aliases);
    }

    /** The name of the type a field returns, without its list and non-null wrappers. */
    String typeName(ExecutableNormalizedField field) {
        return GraphQLTypeUtil.unwrapAll(field.getType(schema)).getName();
    }

    /** The field's cost, with the page each connection under it asks for. */
    CostNode cost(ExecutableNormalizedField field) {
        return new CostNode(pageBindings.getOrDefault(field, -1), field.getChildren().stream().map(this::cost).toList());
    }

    List<FieldBinder> binders() {
        return List.copyOf(binders);
    }

    List<ReadSubject.ListOf> topLevelLists() {
        return List.copyOf(topLevelLists);
    }

    List<PlannedCount> counts() {
        return List.copyOf(counts);
    }
}
