package io.newsgraph.testing.differential;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import graphql.introspection.Introspection;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLInterfaceType;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.GraphQLUnionType;

/**
 * Walks the schema from the query root and picks what an operation asks for: random subsets of the fields of
 * every type down to the operation's depth, with their arguments, aliases and {@code __typename} here and there.
 * Connections are walked like any other type, with a preference for what clients select in them
 * ({@code edges { cursor node }}, {@code pageInfo}, {@code totalCount}).
 */
final class SelectionBuilder {

    static final String PAIR_FIRST = "oneWay";
    static final String PAIR_SECOND = "otherWay";
    /** The service refuses more than 50 aliases; the generator stays well under. */
    private static final int MAX_ALIASES = 40;
    /** Query fields for signed-in requesters only, which readers' operations never ask for. */
    private static final Set<String> SIGNED_IN_ONLY = Set.of("moderationQueue");

    private final GraphQLSchema schema;
    private final ArgumentChooser arguments;
    private final Draws draws;

    SelectionBuilder(GraphQLSchema schema, ArgumentChooser arguments, Draws draws) {
        this.schema = schema;
        this.arguments = arguments;
        this.draws = draws;
    }

    /** The fields of an operation's root: one to four, the same field sometimes twice with other arguments. */
    Selection root(OperationContext context) {
        GraphQLObjectType query = schema.getQueryType();
        List<GraphQLFieldDefinition> readable = query.getFieldDefinitions().stream()
                .filter(field -> !SIGNED_IN_ONLY.contains(field.getName())).toList();
        Selection root = new Selection(query);
        double draw = draws.next();
        int wanted = draw < 0.55 ? 1 : draw < 0.8 ? 2 : draw < 0.92 ? 3 : 4;
        for (int attempt = 0; attempt < 4 * wanted && root.fields().size() < wanted; attempt++) {
            add(root, draws.pick(readable), 1, 1, List.of(), context.maxDepth(), context);
        }
        if (context.pendingInvalid() != null) {
            // plant it now, on a root field that can carry it or below one
            context.forceInvalid(true);
            for (GraphQLFieldDefinition field : draws.<GraphQLFieldDefinition> shuffled(readable)) {
                if (context.pendingInvalid() == null) {
                    break;
                }
                add(root, field, 1, 1, List.of(), context.maxDepth(), context);
            }
            context.forceInvalid(false);
        }
        if (draws.chance(0.05)) {
            addTypename(root, context);
        }
        return root;
    }

    private Selection children(GraphQLObjectType type, int level, long multiplier, List<String> path, int depthLeft,
            OperationContext context) {
        if (context.sharesSelections() && draws.chance(0.1)) {
            List<Selection> earlier = context.selectionsOf(type.getName()).stream()
                    .filter(selection -> selection.depth() <= depthLeft).toList();
            if (!earlier.isEmpty()) {
                return draws.pick(earlier);
            }
        }
        Selection selection = new Selection(type);
        fill(selection, level, multiplier, path, depthLeft, context);
        if (context.divergentPending() && level >= 2 && draws.chance(0.5)) {
            placeDivergentPair(selection, level, multiplier, path, depthLeft, context);
        }
        context.rememberSelection(selection);
        return selection;
    }

    private void fill(Selection selection, int level, long multiplier, List<String> path, int depthLeft,
            OperationContext context) {
        GraphQLObjectType type = selection.type();
        // the four fields of pageInfo together, as clients ask for them, half of the time
        boolean every = Relay.isPageInfo(type) && draws.chance(0.5);
        for (GraphQLFieldDefinition field : draws.<GraphQLFieldDefinition> shuffled(type.getFieldDefinitions())) {
            if (!context.hasFieldBudget() && !selection.isEmpty()) {
                break;
            }
            if ((every || draws.chance(chance(type, field, depthLeft, context)))
                    && add(selection, field, level, multiplier, path, depthLeft, context)
                    && context.aliases() < MAX_ALIASES && draws.chance(0.06)
                    && add(selection, field, level, multiplier, path, depthLeft, context)) {
                context.feature(Features.SAME_FIELD_TWICE);
            }
        }
        if (draws.chance(0.1)) {
            addTypename(selection, context);
        }
        if (selection.isEmpty()) {
            for (GraphQLFieldDefinition field : type.getFieldDefinitions()) {
                if (isLeaf(field) && add(selection, field, level, multiplier, path, depthLeft, context)) {
                    return;
                }
            }
            addTypename(selection, context);
        }
    }

    /** How likely a field is to be picked: leaves often, objects less the deeper the selection already is. */
    private static double chance(GraphQLObjectType type, GraphQLFieldDefinition field, int depthLeft,
            OperationContext context) {
        String name = field.getName();
        if (Relay.isConnection(type)) {
            return name.equals("edges") ? 0.85 : name.equals("pageInfo") ? 0.45 : 0.4;
        }
        if (Relay.isEdge(type)) {
            return name.equals("node") ? 0.9 : 0.5;
        }
        if (isLeaf(field)) {
            return 0.45;
        }
        double composite = 0.35 * Math.min(1.0, depthLeft / 6.0);
        // the divergent pair needs a nested list to sit on
        return context.divergentPending() ? Math.min(0.9, 2 * composite) : composite;
    }

    /** Adds the field to the selection, with arguments and sub-selection; false when it cannot be asked for here. */
    private boolean add(Selection selection, GraphQLFieldDefinition field, int level, long multiplier,
            List<String> path, int depthLeft, OperationContext context) {
        boolean leaf = isLeaf(field);
        String coordinate = selection.type().getName() + "." + field.getName();
        if (!leaf && depthLeft < 2 || context.isReserved(coordinate)) {
            return false;
        }
        boolean keyTaken = selection.responseKeys().contains(field.getName());
        boolean aliased = keyTaken || draws.chance(level == 1 ? 0.2 : 0.12);
        if (aliased && context.aliases() >= MAX_ALIASES) {
            return false;
        }
        String alias = aliased ? context.nextAlias() : null;
        List<String> site = append(path, alias == null ? field.getName() : alias);
        Optional<ArgumentChooser.Choice> choice = arguments.choose(selection.type(), field,
                new ArgumentChooser.Site(level, multiplier, site), context);
        if (choice.isEmpty()) {
            return false;
        }
        context.spendField();
        Selection children = null;
        if (!leaf) {
            GraphQLObjectType type = choice.get().concreteType() != null ? choice.get().concreteType()
                    : objectType(Relay.named(field.getType()));
            children = children(type, level + 1, multiplier * choice.get().pageSize(), site, depthLeft - 1, context);
        }
        selection.add(new PickedField(field, alias, choice.get().arguments(), children, false));
        return true;
    }

    private void addTypename(Selection selection, OperationContext context) {
        GraphQLFieldDefinition typename = Introspection.TypeNameMetaFieldDef;
        boolean keyTaken = selection.responseKeys().contains(typename.getName());
        if (keyTaken && context.aliases() >= MAX_ALIASES) {
            return;
        }
        String alias = keyTaken || draws.chance(0.3) && context.aliases() < MAX_ALIASES ? context.nextAlias() : null;
        selection.add(new PickedField(typename, alias, List.of(), null, false));
        context.feature(Features.TYPENAME);
    }

    /**
     * Puts a nested list twice, side by side, under two aliases and with different arguments; nothing else in the
     * operation asks for that field, so that each alias alone makes a valid operation for the resolvers.
     */
    private void placeDivergentPair(Selection selection, int level, long multiplier, List<String> path,
            int depthLeft, OperationContext context) {
        GraphQLObjectType type = selection.type();
        List<GraphQLFieldDefinition> candidates = type.getFieldDefinitions().stream()
                .filter(field -> Relay.isPaged(field) && !isLeaf(field) && depthLeft >= 2
                        && context.isFree(type.getName() + "." + field.getName()))
                .toList();
        if (candidates.isEmpty()) {
            return;
        }
        GraphQLFieldDefinition field = draws.pick(candidates);
        String coordinate = type.getName() + "." + field.getName();
        List<String> site = append(path, PAIR_FIRST);
        Optional<ArgumentChooser.Choice> one = arguments.choose(type, field,
                new ArgumentChooser.Site(level, multiplier, site), context);
        if (one.isEmpty()) {
            return;
        }
        context.reserve(coordinate);
        // one pair per operation: none inside this one's sub-selections
        context.divergentPlaced();
        ArgumentChooser.Choice other = arguments.divergentTwin(type, field, one.get());
        GraphQLObjectType childType = objectType(Relay.named(field.getType()));
        long pageSize = Math.max(one.get().pageSize(), other.pageSize());
        Selection oneChildren = children(childType, level + 1, multiplier * pageSize, site, depthLeft - 1, context);
        Selection otherChildren = draws.chance(0.3) ? oneChildren
                : children(childType, level + 1, multiplier * pageSize, append(path, PAIR_SECOND), depthLeft - 1,
                        context);
        int at = draws.below(selection.fields().size() + 1);
        selection.fields().add(at, new PickedField(field, PAIR_FIRST, one.get().arguments(), oneChildren, true));
        selection.fields().add(at + 1, new PickedField(field, PAIR_SECOND, other.arguments(), otherChildren, true));
    }

    /** The object type to select on: the type itself, or one of those an interface or union may be. */
    private GraphQLObjectType objectType(GraphQLNamedType type) {
        if (type instanceof GraphQLObjectType object) {
            return object;
        }
        if (type instanceof GraphQLInterfaceType interfaceType) {
            return draws.pick(schema.getImplementations(interfaceType));
        }
        return (GraphQLObjectType) draws.pick(((GraphQLUnionType) type).getTypes());
    }

    private static boolean isLeaf(GraphQLFieldDefinition field) {
        return GraphQLTypeUtil.isLeaf(GraphQLTypeUtil.unwrapAll(field.getType()));
    }

    private static List<String> append(List<String> path, String key) {
        List<String> longer = new ArrayList<>(path);
        longer.add(key);
        return longer;
    }
}
