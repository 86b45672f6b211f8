package io.newsgraph.core.planning.compiler;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import graphql.execution.CoercedVariables;
import graphql.language.FragmentDefinition;
import graphql.normalized.ExecutableNormalizedField;
import graphql.normalized.ExecutableNormalizedOperation;
import graphql.schema.GraphQLSchema;
import io.newsgraph.core.cache.tracking.ReadSubjects;
import io.newsgraph.core.planning.model.QueryField;
import io.newsgraph.core.planning.model.ReadModel;
import io.newsgraph.core.planning.model.Visibility;
import io.newsgraph.core.planning.writers.FieldStep;
import io.newsgraph.core.planning.writers.ObjectWriter;
import io.newsgraph.core.planning.writers.ScalarWriters;
import io.newsgraph.core.sql.EntityTables;
import io.newsgraph.core.sql.Sql;

/**
 * Compiles a normalised read operation into a {@link Plan}: one statement that builds, in PostgreSQL, a JSON array of
 * "slots" per object (positional, so that no key is written twice and no key order is lost), and the writers that turn
 * those slots into the response. Only the selected fields are read. Which column a field reads comes from the
 * {@link ReadModel} and the entity model; every argument is a bound parameter. The top-level fields are looked up
 * ({@link LookupPlanner}) or paged ({@link ConnectionPlanner}); the objects under them are read by the
 * {@link ObjectPlanner}; the SQL they write is in {@link PlanSql}. The writers also record what the answer read, for the
 * response cache: every object that is a row starts with its key, and a to-one relation with its foreign key.
 */
public final class PlanCompiler {

    static final String TYPE_NAME = "__typename";
    private static final String NODE = "node";

    private final ReadModel model;
    private final EntityTables tables;
    private final ReadSubjects subjects;
    private final GraphQLSchema schema;

    public PlanCompiler(ReadModel model, EntityTables tables, ReadSubjects subjects, GraphQLSchema schema) {
        this.model = model;
        this.tables = tables;
        this.subjects = subjects;
        this.schema = schema;
    }

    /**
     * The plan for requesters of one visibility, or {@link NotPlannable} when the operation asks for something the
     * read model does not know; the operation's fragments and variables order the fields of objects as the resolvers
     * do ({@link CollectedFields}).
     */
    public Plan compile(ExecutableNormalizedOperation operation, Map<String, FragmentDefinition> fragments,
            CoercedVariables variables, Visibility visibility) {
        Compilation compilation = new Compilation(model, tables, subjects, schema,
                new CollectedFields(schema, operation, fragments, variables), visibility);
        List<Sql> slots = new ArrayList<>();
        List<FieldStep> steps = new ArrayList<>();
        for (ExecutableNormalizedField field : operation.getTopLevelFields()) {
            queryField(compilation, field).addTo(field, slots, steps);
        }
        Sql statement = PlanSql.statement(slots);
        CostNode cost = new CostNode(-1, operation.getTopLevelFields().stream().map(compilation::cost).toList());
        return new Plan(statement.jdbcText(), statement.parameters(), new ObjectWriter(steps), compilation.binders(), cost,
                compilation.topLevelLists(), compilation.counts());
    }

    private Compiled queryField(Compilation compilation, ExecutableNormalizedField field) {
        if (field.getName().equals(TYPE_NAME)) {
            return new Compiled(null, ScalarWriters.constant(schema.getQueryType().getName()));
        }
        if (field.getName().equals(NODE)) {
            return compilation.lookups.node(field);
        }
        QueryField source = model.queryField(field.getName())
                .orElseThrow(() -> new NotPlannable("Query." + field.getName() + " is not in the read model"));
        if (source instanceof QueryField.Lookup lookup) {
            return compilation.lookups.lookup(field, lookup);
        }
        return compilation.connections.topConnection(field, (QueryField.TopConnection<?>) source);
    }
}
