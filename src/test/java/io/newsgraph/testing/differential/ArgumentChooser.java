package io.newsgraph.testing.differential;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import graphql.Scalars;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLEnumValueDefinition;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLInputObjectField;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLInterfaceType;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;

/**
 * Chooses sensible arguments for a field from what its arguments are called and typed, so that a new field
 * following the schema's conventions is covered without a list kept here: {@code id} and {@code slug} of a
 * lookup (exactly one of them), {@code id} of {@code node} (any known id), the Relay paging arguments (page sizes
 * that keep the operation under the cost limit, cursors of earlier pages of the same list), enums (any value)
 * and input objects whose fields are {@code <type>Id}, {@code <type>Slug} or {@code language}. An argument it
 * cannot make sense of is left out, or the field is not asked for when the argument is required.
 */
final class ArgumentChooser {

    /**
     * The arguments of one field, the object type a {@code node(id:)} will answer with, and how many items the
     * field's sub-selection is paid for (1 unless the field returns a page).
     */
    record Choice(List<ArgumentPick> arguments, GraphQLObjectType concreteType, long pageSize) {
    }

    /** Where a field sits: its level (1 at the root), the product of the page sizes above it, its response path. */
    record Site(int level, long multiplier, List<String> path) {
    }

    private static final String ID = "id";
    private static final String SLUG = "slug";
    private static final String LANGUAGE = "language";
    private static final int MAX_PAGE = 100;
    /**
     * What the generator aims to keep an operation's weighted cost under: the limit is 10000, but the cost is rows
     * the database reads and the test sends hundreds of operations twice.
     */
    private static final long COST_TARGET = 3_000;
    /** A guess at what one item of a page costs, before its sub-selection is chosen. */
    private static final long ITEM_COST_GUESS = 8;

    private final GraphQLSchema schema;
    private final KnownValues known;
    private final Draws draws;

    ArgumentChooser(GraphQLSchema schema, KnownValues known, Draws draws) {
        this.schema = schema;
        this.known = known;
        this.draws = draws;
    }

    Optional<Choice> choose(GraphQLObjectType parent, GraphQLFieldDefinition field, Site site, OperationContext context) {
        return choose(parent, field, site, context, null);
    }

    /**
     * @param allowed the only arguments that may be given (those a fixture binds to variables); null for any
     */
    Optional<Choice> choose(GraphQLObjectType parent, GraphQLFieldDefinition field, Site site, OperationContext context,
            Set<String> allowed) {
        if (field.getArguments().isEmpty()) {
            return Optional.of(new Choice(List.of(), null, 1));
        }
        String coordinate = parent.getName() + "." + field.getName();
        if (site.level() > 1 && context.nestedArguments(coordinate) != null) {
            return Optional.of(context.nestedArguments(coordinate));
        }
        Optional<Choice> choice = fresh(parent, field, site, context, allowed);
        if (choice.isPresent() && site.level() > 1) {
            context.rememberNestedArguments(coordinate, choice.get());
        }
        return choice;
    }

    /** Arguments for the twin of a divergent pair: the same, but for one, so that the page differs. */
    Choice divergentTwin(GraphQLObjectType parent, GraphQLFieldDefinition field, Choice choice) {
        Map<String, Object> values = values(choice);
        List<Runnable> changes = new ArrayList<>();
        Object first = values.get(Relay.FIRST);
        int size = first instanceof Integer given ? given : defaultFirst(field);
        changes.add(() -> values.put(Relay.FIRST, size == 1 ? 2 + draws.below(5) : Math.max(1, size / 2)));
        for (GraphQLArgument argument : field.getArguments()) {
            if (GraphQLTypeUtil.unwrapNonNull(argument.getType()) instanceof GraphQLEnumType enumType) {
                String current = String.valueOf(ArgumentPick.resolved(values.containsKey(argument.getName())
                        ? values.get(argument.getName())
                        : GraphQLArgument.getArgumentDefaultValue(argument)));
                enumType.getValues().stream().map(GraphQLEnumValueDefinition::getName)
                        .filter(name -> !name.equals(current)).findFirst()
                        .ifPresent(other -> changes.add(() -> {
                            values.put(argument.getName(), new ArgumentPick.EnumName(other));
                            values.remove(Relay.AFTER);
                        }));
            }
        }
        List<String> cursors = known.cursors(ListKey.ofChoice(parent.getName(), field, values));
        if (field.getArgument(Relay.AFTER) != null && !values.containsKey(Relay.AFTER) && !cursors.isEmpty()) {
            changes.add(() -> values.put(Relay.AFTER, draws.pick(cursors)));
        }
        changes.get(draws.below(changes.size())).run();
        Object twinFirst = values.get(Relay.FIRST);
        long pageSize = twinFirst instanceof Integer given ? given : choice.pageSize();
        return new Choice(picks(field, values), choice.concreteType(), pageSize);
    }

    private Optional<Choice> fresh(GraphQLObjectType parent, GraphQLFieldDefinition field, Site site,
            OperationContext context, Set<String> allowed) {
        Map<String, Object> values = new LinkedHashMap<>();
        GraphQLNamedType returned = Relay.named(field.getType());
        GraphQLObjectType concrete = returned instanceof GraphQLObjectType object ? object : null;
        boolean lookup = isLookup(field);
        if (lookup && !chooseKey(returned.getName(), values, context, allowed)) {
            return Optional.empty();
        }
        for (GraphQLArgument argument : field.getArguments()) {
            String name = argument.getName();
            if (lookup && (name.equals(ID) || name.equals(SLUG)) || Relay.isPagingArgument(name)) {
                continue;
            }
            boolean required = GraphQLTypeUtil.isNonNull(argument.getType()) && !argument.hasSetDefaultValue();
            if (allowed != null && !allowed.contains(name)) {
                if (required) {
                    return Optional.empty();
                }
                continue;
            }
            GraphQLType type = GraphQLTypeUtil.unwrapNonNull(argument.getType());
            if (name.equals(ID) && type == Scalars.GraphQLID) {
                Optional<GraphQLObjectType> idType = chooseNodeId(returned, values, context);
                if (idType.isEmpty()) {
                    return Optional.empty();
                }
                concrete = idType.get();
            } else if (type instanceof GraphQLEnumType enumType) {
                if (required || draws.chance(0.5)) {
                    String value = draws.pick(enumType.getValues()).getName();
                    values.put(name, new ArgumentPick.EnumName(value));
                    context.feature(Features.enumValue(name, value));
                }
            } else if (type instanceof GraphQLInputObjectType input) {
                chooseInputObject(name, input, values, context);
            } else if (required) {
                return Optional.empty();
            }
        }
        long pageSize = Relay.isPaged(field) ? choosePage(parent, field, site, values, context, allowed) : 1;
        if (context.pendingInvalid() != null && (context.forceInvalid() || draws.chance(0.35))
                && plantInvalid(context.pendingInvalid(), parent, field, values, context)) {
            context.invalidPlanted(site.path());
            pageSize = Relay.isPaged(field) ? MAX_PAGE : pageSize;
        }
        return Optional.of(new Choice(picks(field, values), concrete, pageSize));
    }

    /** A lookup takes an optional {@code id} and an optional {@code slug}, and exactly one must be given. */
    private static boolean isLookup(GraphQLFieldDefinition field) {
        GraphQLArgument id = field.getArgument(ID);
        GraphQLArgument slug = field.getArgument(SLUG);
        return id != null && slug != null && GraphQLTypeUtil.isNullable(id.getType())
                && GraphQLTypeUtil.isNullable(slug.getType());
    }

    private boolean chooseKey(String typeName, Map<String, Object> values, OperationContext context,
            Set<String> allowed) {
        List<String> ids = known.ids(typeName);
        List<String> slugs = known.slugs(typeName);
        boolean idAllowed = allowed == null || allowed.contains(ID);
        boolean slugAllowed = (allowed == null || allowed.contains(SLUG)) && !slugs.isEmpty();
        if (idAllowed && !ids.isEmpty() && (!slugAllowed || draws.chance(0.4))) {
            values.put(ID, draws.chance(0.08) ? nothing(known.idOfNothing(typeName), context) : draws.pick(ids));
            context.feature(Features.LOOKUP_BY_ID);
            return true;
        }
        if (slugAllowed) {
            values.put(SLUG, draws.chance(0.12) ? nothing(known.slugOfNothing(typeName), context) : draws.pick(slugs));
            context.feature(Features.LOOKUP_BY_SLUG);
            return true;
        }
        return false;
    }

    /** The id of {@code node(id:)}: one learnt from an earlier answer, of any type the field can return. */
    private Optional<GraphQLObjectType> chooseNodeId(GraphQLNamedType returned, Map<String, Object> values,
            OperationContext context) {
        List<GraphQLObjectType> candidates = new ArrayList<>();
        if (returned instanceof GraphQLInterfaceType node) {
            schema.getImplementations(node).stream().filter(type -> !known.ids(type.getName()).isEmpty())
                    .forEach(candidates::add);
        } else if (returned instanceof GraphQLObjectType object && !known.ids(object.getName()).isEmpty()) {
            candidates.add(object);
        }
        if (candidates.isEmpty()) {
            return Optional.empty();
        }
        GraphQLObjectType type = draws.pick(candidates);
        values.put(ID, draws.chance(0.07) ? nothing(known.idOfNothing(type.getName()), context)
                : draws.pick(known.ids(type.getName())));
        context.feature(Features.NODE);
        context.feature(Features.node(type.getName()));
        return Optional.of(type);
    }

    private void chooseInputObject(String name, GraphQLInputObjectType input, Map<String, Object> values,
            OperationContext context) {
        double draw = draws.next();
        if (draw < 0.45) {
            return;
        }
        if (draw < 0.49) {
            values.put(name, null);
            context.feature(Features.EXPLICIT_NULL);
            return;
        }
        Map<String, Object> object = new LinkedHashMap<>();
        int wanted = draw < 0.52 ? 0 : draws.chance(0.6) ? 1 : draws.chance(0.75) ? 2 : 3;
        List<GraphQLInputObjectField> fields = draws.shuffled(input.getFieldDefinitions());
        for (GraphQLInputObjectField field : fields) {
            if (object.size() >= wanted) {
                break;
            }
            inputFieldValue(field.getName(), context).ifPresent(value -> {
                object.put(field.getName(), value);
                context.feature(Features.filterField(field.getName()));
            });
        }
        values.put(name, object);
        context.feature(Features.FILTER);
        if (object.size() >= 2) {
            context.feature(Features.FILTER_COMBINATION);
        }
    }

    /** {@code authorId} takes an Author's id, {@code tagSlug} a Tag's slug, {@code language} a language tag. */
    private Optional<Object> inputFieldValue(String name, OperationContext context) {
        if (name.equals(LANGUAGE)) {
            return Optional.of(draws.pick(known.languages()));
        }
        if (name.endsWith("Id") && name.length() > 2) {
            String type = typeNamed(name.substring(0, name.length() - 2));
            List<String> ids = type == null ? List.of() : known.ids(type);
            if (ids.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(draws.chance(0.12) ? nothing(known.idOfNothing(type), context) : draws.pick(ids));
        }
        if (name.endsWith("Slug") && name.length() > 4) {
            String type = typeNamed(name.substring(0, name.length() - 4));
            List<String> slugs = type == null ? List.of() : known.slugs(type);
            if (slugs.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(draws.chance(0.15) ? nothing(known.slugOfNothing(type), context) : draws.pick(slugs));
        }
        return Optional.empty();
    }

    /**
     * The page: a size that keeps the operation under the cost limit given the pages above it, forward with
     * {@code first} (and sometimes {@code after} a cursor of the same list) or backward with {@code last} (and
     * sometimes {@code before}), or the field's default. Returns the size the sub-selection is paid for.
     */
    private long choosePage(GraphQLObjectType parent, GraphQLFieldDefinition field, Site site,
            Map<String, Object> values, OperationContext context, Set<String> allowed) {
        boolean forward = allowed == null || allowed.contains(Relay.FIRST);
        boolean canAfter = field.getArgument(Relay.AFTER) != null && (allowed == null || allowed.contains(Relay.AFTER));
        boolean canBackward = field.getArgument(Relay.LAST) != null && field.getArgument(Relay.BEFORE) != null
                && (allowed == null || allowed.contains(Relay.LAST));
        boolean canBefore = canBackward && (allowed == null || allowed.contains(Relay.BEFORE));
        List<String> cursors = known.cursors(ListKey.ofChoice(parent.getName(), field, values));
        long cap = Math.max(1, Math.min(MAX_PAGE, COST_TARGET / (site.multiplier() * ITEM_COST_GUESS)));
        int size = pageSize((int) cap);
        double draw = draws.next();
        if (draw < 0.25 || !forward && !canBackward) {
            return defaultFirst(field);
        }
        if (draw < 0.29 && forward) {
            // null is the service's default page; counted as the largest for the cost
            values.put(Relay.FIRST, null);
            context.feature(Features.EXPLICIT_NULL);
            return MAX_PAGE;
        }
        if (canBackward && (draw < 0.45 || !forward)) {
            values.put(Relay.LAST, size);
            context.feature(Features.BACKWARD);
            if (canBefore && !cursors.isEmpty() && draws.chance(0.5)) {
                values.put(Relay.BEFORE, draws.pick(cursors));
                context.feature(Features.CURSOR_BEFORE);
            }
        } else {
            values.put(Relay.FIRST, size);
            if (canAfter && !cursors.isEmpty() && draws.chance(0.45)) {
                values.put(Relay.AFTER, draws.pick(cursors));
                context.feature(site.level() > 1 ? Features.NESTED_CURSOR : Features.CURSOR_AFTER);
            } else if (canAfter && draws.chance(0.04)) {
                values.put(Relay.AFTER, null);
                context.feature(Features.EXPLICIT_NULL);
            }
        }
        if (size > 50) {
            context.feature(Features.BIG_PAGE);
        }
        return size;
    }

    /** Mostly small pages, as frontends ask for, sometimes up to the cap. */
    private int pageSize(int cap) {
        double draw = draws.next();
        int upTo = draw < 0.55 ? Math.min(5, cap) : draw < 0.88 ? Math.min(20, cap) : cap;
        return 1 + draws.below(upTo);
    }

    /** The default of {@code first} in the schema; the largest page when the schema leaves it to the service. */
    private static int defaultFirst(GraphQLFieldDefinition field) {
        GraphQLArgument first = field.getArgument(Relay.FIRST);
        if (first != null && first.hasSetDefaultValue()
                && GraphQLArgument.getArgumentDefaultValue(first) instanceof Integer size) {
            return size;
        }
        return MAX_PAGE;
    }

    /** Replaces what was chosen so that the field carries one invalid argument of the kind; false where it cannot. */
    private boolean plantInvalid(InvalidArgument kind, GraphQLObjectType parent, GraphQLFieldDefinition field,
            Map<String, Object> values, OperationContext context) {
        boolean paged = Relay.isPaged(field);
        boolean lookup = isLookup(field);
        String returned = Relay.named(field.getType()).getName();
        switch (kind) {
            case MALFORMED_CURSOR:
                if (field.getArgument(Relay.AFTER) == null) {
                    return false;
                }
                forwardOnly(values);
                values.put(Relay.AFTER, draws.pick(List.of("not-a-cursor", "", "%%%", base64("x|y|z"), base64("abc"))));
                return true;
            case CURSOR_OF_ANOTHER_ORDER:
                return paged && field.getArgument(Relay.AFTER) != null && cursorOfAnotherOrder(parent, field, values);
            case PAGE_SIZE_TOO_SMALL:
                if (!paged) {
                    return false;
                }
                forwardOnly(values);
                values.put(Relay.FIRST, draws.pick(List.of(0, -1, -20)));
                return true;
            case PAGE_SIZE_TOO_BIG:
                if (!paged) {
                    return false;
                }
                forwardOnly(values);
                values.put(Relay.FIRST, draws.pick(List.of(MAX_PAGE + 1, 250, 10_000)));
                return true;
            case FORWARD_AND_BACKWARD:
                if (!paged || field.getArgument(Relay.LAST) == null) {
                    return false;
                }
                values.remove(Relay.AFTER);
                values.remove(Relay.BEFORE);
                values.put(Relay.FIRST, 1 + draws.below(5));
                values.put(Relay.LAST, 1 + draws.below(5));
                return true;
            case BEFORE_WITHOUT_LAST:
                if (field.getArgument(Relay.BEFORE) == null) {
                    return false;
                }
                values.remove(Relay.FIRST);
                values.remove(Relay.LAST);
                values.remove(Relay.AFTER);
                List<String> cursors = known.cursors(ListKey.ofChoice(parent.getName(), field, values));
                values.put(Relay.BEFORE, cursors.isEmpty() ? base64("x|y|z") : draws.pick(cursors));
                return true;
            case ID_OF_ANOTHER_TYPE:
                return idOfAnotherType(field, lookup, returned, values);
            case ID_AND_SLUG:
                if (!lookup || known.slugs(returned).isEmpty()) {
                    return false;
                }
                List<String> ids = known.ids(returned);
                values.put(ID, ids.isEmpty() ? known.idOfNothing(returned) : draws.pick(ids));
                values.put(SLUG, draws.pick(known.slugs(returned)));
                return true;
            case NEITHER_ID_NOR_SLUG:
                if (!lookup) {
                    return false;
                }
                values.remove(ID);
                values.remove(SLUG);
                return true;
            case MALFORMED_ID:
                if (field.getArgument(ID) == null) {
                    return false;
                }
                values.remove(SLUG);
                values.put(ID, draws.pick(List.of("42", "not base64!", base64("Editor:1"), base64(returned + ":x"),
                        base64(returned + ":-1"))));
                return true;
            case MALFORMED_LANGUAGE:
                return malformedLanguage(field, values);
            case WRONG_LITERAL_TYPE:
                if (!paged) {
                    return false;
                }
                forwardOnly(values);
                values.put(Relay.FIRST, new ArgumentPick.Malformed("\"ten\"", null));
                return true;
            case UNCOERCIBLE_VARIABLE:
                if (!paged) {
                    return false;
                }
                forwardOnly(values);
                values.put(Relay.FIRST, new ArgumentPick.Malformed(null, "ten"));
                return true;
            default:
                throw new IllegalArgumentException(kind.name());
        }
    }

    private boolean cursorOfAnotherOrder(GraphQLObjectType parent, GraphQLFieldDefinition field,
            Map<String, Object> values) {
        for (GraphQLArgument argument : field.getArguments()) {
            if (!(GraphQLTypeUtil.unwrapNonNull(argument.getType()) instanceof GraphQLEnumType enumType)) {
                continue;
            }
            Object current = values.containsKey(argument.getName()) ? ArgumentPick.resolved(values.get(argument.getName()))
                    : GraphQLArgument.getArgumentDefaultValue(argument);
            for (GraphQLEnumValueDefinition other : enumType.getValues()) {
                if (other.getName().equals(current)) {
                    continue;
                }
                Map<String, Object> otherOrder = new LinkedHashMap<>(values);
                otherOrder.put(argument.getName(), new ArgumentPick.EnumName(other.getName()));
                List<String> cursors = known.cursors(ListKey.ofChoice(parent.getName(), field, otherOrder));
                if (!cursors.isEmpty() && current != null) {
                    forwardOnly(values);
                    values.put(argument.getName(), new ArgumentPick.EnumName(current.toString()));
                    values.put(Relay.AFTER, draws.pick(cursors));
                    return true;
                }
            }
        }
        return false;
    }

    private boolean idOfAnotherType(GraphQLFieldDefinition field, boolean lookup, String returned,
            Map<String, Object> values) {
        if (lookup) {
            List<String> others = known.typesWithIds().stream().filter(type -> !type.equals(returned)).toList();
            if (others.isEmpty()) {
                return false;
            }
            values.remove(SLUG);
            values.put(ID, draws.pick(known.ids(draws.pick(others))));
            return true;
        }
        for (GraphQLArgument argument : field.getArguments()) {
            if (!(GraphQLTypeUtil.unwrapNonNull(argument.getType()) instanceof GraphQLInputObjectType input)) {
                continue;
            }
            for (GraphQLInputObjectField inputField : input.getFieldDefinitions()) {
                String name = inputField.getName();
                String type = name.endsWith("Id") ? typeNamed(name.substring(0, name.length() - 2)) : null;
                List<String> others = known.typesWithIds().stream().filter(other -> !other.equals(type)).toList();
                if (type != null && !others.isEmpty()) {
                    Map<String, Object> object = new LinkedHashMap<>();
                    object.put(name, draws.pick(known.ids(draws.pick(others))));
                    values.put(argument.getName(), object);
                    return true;
                }
            }
        }
        return false;
    }

    private boolean malformedLanguage(GraphQLFieldDefinition field, Map<String, Object> values) {
        for (GraphQLArgument argument : field.getArguments()) {
            if (GraphQLTypeUtil.unwrapNonNull(argument.getType()) instanceof GraphQLInputObjectType input
                    && input.getFieldDefinition(LANGUAGE) != null) {
                Map<String, Object> object = new LinkedHashMap<>();
                object.put(LANGUAGE, draws.pick(List.of("French!", "FR", "e", "en_GB", "fr-")));
                values.put(argument.getName(), object);
                return true;
            }
        }
        return false;
    }

    private static void forwardOnly(Map<String, Object> values) {
        values.remove(Relay.LAST);
        values.remove(Relay.BEFORE);
        values.remove(Relay.AFTER);
    }

    /** The object type a prefix such as {@code author} of {@code authorId} names, or null. */
    private String typeNamed(String prefix) {
        String name = prefix.substring(0, 1).toUpperCase(Locale.ROOT) + prefix.substring(1);
        return schema.getType(name) instanceof GraphQLObjectType ? name : null;
    }

    private static String nothing(String value, OperationContext context) {
        context.feature(Features.VALUE_OF_NOTHING);
        return value;
    }

    private static String base64(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private static Map<String, Object> values(Choice choice) {
        Map<String, Object> values = new LinkedHashMap<>();
        choice.arguments().forEach(argument -> values.put(argument.name(), argument.value()));
        return values;
    }

    /** The chosen values as picks, in the order the schema lists the arguments. */
    private static List<ArgumentPick> picks(GraphQLFieldDefinition field, Map<String, Object> values) {
        List<ArgumentPick> picks = new ArrayList<>();
        for (GraphQLArgument argument : field.getArguments()) {
            if (values.containsKey(argument.getName())) {
                picks.add(new ArgumentPick(argument.getName(), argument.getType(), values.get(argument.getName())));
            }
        }
        return picks;
    }
}
