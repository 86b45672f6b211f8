package io.newsgraph.core.planning;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

import org.jboss.logging.Logger;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import graphql.GraphQLContext;
import graphql.GraphQLException;
import graphql.execution.CoercedVariables;
import graphql.execution.RawVariables;
import graphql.execution.ValuesResolver;
import graphql.language.Document;
import graphql.language.NodeUtil;
import graphql.language.OperationDefinition;
import graphql.normalized.ExecutableNormalizedOperation;
import graphql.normalized.ExecutableNormalizedOperationFactory;
import graphql.schema.GraphQLSchema;
import io.newsgraph.core.cache.CountCache;
import io.newsgraph.core.cache.CountKey;
import io.newsgraph.core.cache.tracking.ReadSubject;
import io.newsgraph.core.cache.tracking.ReadSubjects;
import io.newsgraph.core.cache.tracking.Reads;
import io.newsgraph.core.documents.QueryLimits;
import io.newsgraph.core.error.ApiException;
import io.newsgraph.core.planning.compiler.FieldBinder;
import io.newsgraph.core.planning.compiler.NotPlannable;
import io.newsgraph.core.planning.compiler.Plan;
import io.newsgraph.core.planning.compiler.PlanCompiler;
import io.newsgraph.core.planning.compiler.PlannedCount;
import io.newsgraph.core.planning.model.ReadModel;
import io.newsgraph.core.planning.model.Visibility;
import io.newsgraph.core.planning.writers.PlanBindings;
import io.newsgraph.core.sql.EntityTables;

/**
 * Plans read operations: one plan per operation of a document, shape of its variables and visibility of its requesters
 * (what their roles let them see), compiled once
 * ({@link PlanCompiler}) and cached, then bound to each request's arguments, ready to run ({@link PlanExecution}). An
 * operation (or a request's arguments) that the planner does not take is left to SmallRye GraphQL's resolvers:
 * mutations, subscriptions, introspection, fields the read model does not declare, and every request the resolvers
 * would refuse, so that errors are theirs, word for word.
 */
@ApplicationScoped
public class PlannedReads {

    private static final Logger LOG = Logger.getLogger(PlannedReads.class);

    private final ReadModel model;
    private final EntityTables tables;
    private final ReadSubjects subjects;
    private final Instance<GraphQLSchema> schema;
    private final QueryLimits limits;
    private final CountCache counts;
    private final Cache<PlanKey, Optional<Plan>> plans;
    private volatile PlanCompiler compiler;

    PlannedReads(ReadModel model, EntityTables tables, ReadSubjects subjects, Instance<GraphQLSchema> schema,
            QueryLimits limits, CountCache counts, PlannerConfig config) {
        this.model = model;
        this.tables = tables;
        this.subjects = subjects;
        this.schema = schema;
        this.limits = limits;
        this.counts = counts;
        this.plans = Caffeine.newBuilder()
                .maximumWeight(config.cacheMaxBytes().asLongValue())
                .weigher((PlanKey key, Optional<Plan> plan) -> (int) Math.min(Integer.MAX_VALUE,
                        key.weight() + plan.map(Plan::weight).orElse(64L)))
                .build();
    }

    /**
     * A plan per operation of a document, shape of its variables and visibility of its requesters; the query text
     * identifies the document.
     */
    private record PlanKey(String query, String operationName, String shape, Visibility visibility) {
        long weight() {
            return 2L * (query.length() + shape.length() + (operationName == null ? 0 : operationName.length())
                    + visibility.length()) + 64;
        }
    }

    /** What the planner makes of a request: a read ready to run, or why the resolvers answer it. */
    public sealed interface Decision {
    }

    /**
     * A plan with the request's arguments bound, ready to run ({@link PlanExecution}).
     *
     * @param planCached whether the plan was compiled before, for an earlier request, rather than for this one
     */
    public record PlannedRead(Plan plan, PlanBindings bindings, String operation, boolean planCached) implements Decision {
    }

    /** The resolvers answer; the reason is for the logs. */
    public record LeftToResolvers(String reason) implements Decision {
    }

    /**
     * Plans one request of a valid document (parsed, validated and within the limits), for a requester of the given
     * visibility, or leaves it to the resolvers. Nothing here blocks: the plan is cached, compiled at most once per shape
     * of the variables and visibility. A planned read records what it reads into {@code reads} as it is planned and
     * executed.
     */
    public Decision plan(String query, Document document, String operationName, Map<String, Object> variables,
            Visibility visibility, Reads reads) {
        NodeUtil.GetOperationResult selected;
        CoercedVariables coerced;
        GraphQLSchema graphQLSchema = schema.get();
        try {
            selected = NodeUtil.getOperation(document, operationName);
            if (selected.operationDefinition.getOperation() != OperationDefinition.Operation.QUERY) {
                return new LeftToResolvers("not a query");
            }
            coerced = ValuesResolver.coerceVariableValues(graphQLSchema,
                    selected.operationDefinition.getVariableDefinitions(),
                    RawVariables.of(variables == null ? Map.of() : variables),
                    GraphQLContext.getDefault(), Locale.getDefault());
        } catch (GraphQLException | ApiException e) {
            return new LeftToResolvers("the resolvers refuse its operation or variables");
        } catch (RuntimeException e) {
            // graphql-java's coercion errors are GraphQLErrors thrown as plain runtime exceptions
            return new LeftToResolvers("the resolvers refuse its variables");
        }
        OperationDefinition operation = selected.operationDefinition;
        PlanKey key = new PlanKey(query, operationName, OperationShape.of(operation, coerced.toMap(), graphQLSchema),
                visibility);
        Optional<Plan> plan = plans.getIfPresent(key);
        boolean planCached = plan != null;
        if (!planCached) {
            plan = plans.get(key, ignored -> compile(graphQLSchema, selected, coerced, visibility));
        }
        if (plan.isEmpty()) {
            return new LeftToResolvers("not plannable");
        }
        PlanBindings bindings;
        try {
            bindings = bind(plan.get(), coerced, reads);
        } catch (NotPlannable | ApiException e) {
            return new LeftToResolvers(e.getMessage());
        } catch (RuntimeException e) {
            LOG.debugf(e, "bind");
            return new LeftToResolvers("the resolvers refuse its arguments: " + e);
        }
        if (plan.get().cost().childrenCost(bindings) > limits.maxCost()) {
            return new LeftToResolvers("over the cost limit, which the resolvers report");
        }
        for (ReadSubject.ListOf list : plan.get().topLevelLists()) {
            reads.read(list, Reads.TOP_LEVEL);
        }
        lookUpCounts(plan.get(), bindings);
        return new PlannedRead(plan.get(), bindings, operation.getName(), planCached);
    }

    private Optional<Plan> compile(GraphQLSchema graphQLSchema, NodeUtil.GetOperationResult selected,
            CoercedVariables coerced, Visibility visibility) {
        try {
            ExecutableNormalizedOperation normalized = ExecutableNormalizedOperationFactory
                    .createExecutableNormalizedOperation(graphQLSchema, selected.operationDefinition,
                            selected.fragmentsByName, coerced);
            return Optional.of(compiler(graphQLSchema).compile(normalized, selected.fragmentsByName, coerced, visibility));
        } catch (NotPlannable e) {
            LOG.debugf("Operation %s left to the resolvers: %s", selected.operationDefinition.getName(), e.getMessage());
            return Optional.empty();
        }
    }

    private PlanCompiler compiler(GraphQLSchema graphQLSchema) {
        PlanCompiler current = compiler;
        if (current == null) {
            current = new PlanCompiler(model, tables, subjects, graphQLSchema);
            compiler = current;
        }
        return current;
    }

    /**
     * What the count cache has for each count the plan may take from it, looked up once the arguments are bound (the
     * count's values are among them) and before the statement runs, so that a count it misses is counted in a snapshot
     * taken after the look-up.
     */
    private void lookUpCounts(Plan plan, PlanBindings bindings) {
        List<PlannedCount> planned = plan.counts();
        for (int i = 0; i < planned.size(); i++) {
            PlannedCount count = planned.get(i);
            bindings.setCount(i, counts.lookup(new CountKey(count.sql(), count.values(bindings)), count.list()));
        }
    }

    private static PlanBindings bind(Plan plan, CoercedVariables variables, Reads reads) {
        PlanBindings bindings = new PlanBindings(plan.binders().size(), plan.counts().size(), reads);
        GraphQLContext context = GraphQLContext.getDefault();
        for (FieldBinder binder : plan.binders()) {
            binder.bind(bindings, variables, context);
        }
        return bindings;
    }
}
