package io.newsgraph.testing.differential;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import graphql.schema.GraphQLCompositeType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLInputType;
import graphql.schema.GraphQLInterfaceType;
import graphql.schema.GraphQLNamedOutputType;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLTypeUtil;

/**
 * Spells a {@link Selection} as a GraphQL document, choosing at random among the ways that mean the same: fields
 * written directly or in inline or named fragments (on the object's type, on an interface it implements, without
 * type condition), a field written twice with its sub-selection split between the two, arguments as literals or
 * variables (with defaults), {@code @include}/{@code @skip} that keep a selection, and selections that
 * {@code @skip}/{@code @include} leave out or that are on a type the object is not. What the answer shows is the
 * selection, whatever the spelling.
 */
final class DocumentWriter {

    /** A written operation with what the service's limits count in it: aliases and fields once fragments are expanded. */
    record Written(String text, Map<String, Object> variables, String operationName, int aliases, int fields) {
    }

    private static final String INDENT = "  ";

    private final GraphQLSchema schema;
    private final Draws draws;

    DocumentWriter(GraphQLSchema schema, Draws draws) {
        this.schema = schema;
        this.draws = draws;
    }

    /**
     * @param operationName null for an anonymous operation
     * @param withOtherOperation whether the document carries a second operation, so that the request must name the
     *        one to run
     */
    Written write(Selection root, String operationName, boolean withOtherOperation, OperationContext context) {
        return new Writing(context).write(root, operationName, withOtherOperation);
    }

    /** One document being written: its variables, fragments and counts. */
    private final class Writing {

        private record Fragment(String name, int fields) {
        }

        private final OperationContext context;
        private final Map<String, String> variableDefinitions = new LinkedHashMap<>();
        private final Map<String, Object> variables = new LinkedHashMap<>();
        private final List<String> fragments = new ArrayList<>();
        private final Map<Selection, Fragment> fragmentsBySelection = new IdentityHashMap<>();
        private final Map<List<ArgumentPick>, String> writtenArguments = new IdentityHashMap<>();
        private int fields;
        private int aliases;
        private int names;

        Writing(OperationContext context) {
            this.context = context;
        }

        Written write(Selection root, String operationName, boolean withOtherOperation) {
            String body = selectionSet(root, root.type(), 0, 0);
            String definitions = variableDefinitions.entrySet().stream()
                    .map(entry -> "$" + entry.getKey() + ": " + entry.getValue())
                    .collect(Collectors.joining(", ", "(", ")"));
            String header;
            if (operationName != null) {
                header = "query " + operationName + (variableDefinitions.isEmpty() ? "" : definitions) + " ";
            } else if (variableDefinitions.isEmpty() && draws.chance(0.5)) {
                header = "";
            } else {
                header = "query" + (variableDefinitions.isEmpty() ? "" : definitions) + " ";
            }
            List<String> definitionsInOrder = new ArrayList<>();
            definitionsInOrder.add(header + body + "\n");
            if (withOtherOperation) {
                // another operation the request does not run: only the named one may be answered
                definitionsInOrder.add(draws.below(2), "query " + operationName + "Other { __typename }\n");
                context.feature(Features.OPERATION_NAME);
            }
            // fragments are defined after the operation most of the time, as people write them, sometimes before
            if (draws.chance(0.3)) {
                definitionsInOrder.addAll(0, fragments);
            } else {
                definitionsInOrder.addAll(fragments);
            }
            String runs = withOtherOperation || draws.chance(0.3) ? operationName : null;
            return new Written(String.join("", definitionsInOrder), variables, runs, aliases, fields);
        }

        /** A selection set, {@code { ... }}, for an object of the selection's type where {@code staticType} is expected. */
        private String selectionSet(Selection selection, GraphQLCompositeType staticType, int indent, int nesting) {
            StringBuilder out = new StringBuilder("{\n");
            if (draws.chance(0.12)) {
                out.append(pad(indent + 1)).append("...").append(wholeFragment(selection)).append(keepDirective())
                        .append('\n');
            } else {
                writeUnits(units(selection.fields()), selection, staticType, out, indent + 1, nesting);
                writeLeftOut(selection, staticType, out, indent + 1);
                writeOtherTypeBranch(selection, staticType, out, indent + 1);
            }
            return out.append(pad(indent)).append('}').toString();
        }

        /** The whole selection as one named fragment, defined once however many places use the same selection. */
        private String wholeFragment(Selection selection) {
            Fragment known = fragmentsBySelection.get(selection);
            if (known != null) {
                fields += known.fields();
                context.feature(Features.REUSED_FRAGMENT);
                return known.name();
            }
            Fragment fragment = defineFragment(units(selection.fields()), selection, selection.type());
            fragmentsBySelection.put(selection, fragment);
            return fragment.name();
        }

        private Fragment defineFragment(List<List<PickedField>> units, Selection selection, GraphQLCompositeType on) {
            String name = selection.type().getName() + "Parts" + ++names;
            int before = fields;
            StringBuilder body = new StringBuilder();
            writeUnits(units, selection, on, body, 1, 1);
            fragments.add("fragment " + name + " on " + on.getName() + " {\n" + body + "}\n");
            context.feature(Features.NAMED_FRAGMENT);
            if (on instanceof GraphQLInterfaceType) {
                context.feature(Features.NODE_INTERFACE_FRAGMENT);
            }
            return new Fragment(name, fields - before);
        }

        /** Fields grouped so that a divergent pair is never pulled apart. */
        private List<List<PickedField>> units(List<PickedField> picked) {
            List<List<PickedField>> units = new ArrayList<>();
            for (int i = 0; i < picked.size(); i++) {
                if (picked.get(i).divergent()) {
                    units.add(List.of(picked.get(i), picked.get(i + 1)));
                    i++;
                } else {
                    units.add(List.of(picked.get(i)));
                }
            }
            return units;
        }

        private void writeUnits(List<List<PickedField>> units, Selection selection, GraphQLCompositeType staticType,
                StringBuilder out, int indent, int nesting) {
            // fragments inside fragments become rarer the deeper they are, so that documents stay readable
            double fragmentChance = 0.17 / (1 << Math.min(nesting, 4));
            int i = 0;
            while (i < units.size()) {
                int take = Math.min(units.size() - i, draws.between(1, 3));
                List<List<PickedField>> group = units.subList(i, i + take);
                boolean needsType = !fitsIn(group, staticType);
                double draw = draws.next();
                if (needsType || draw < fragmentChance) {
                    if (draws.chance(0.6)) {
                        writeInlineFragment(group, selection, staticType, out, indent, nesting);
                    } else {
                        out.append(pad(indent)).append("...").append(defineFragment(group, selection,
                                typeCondition(group, selection.type(), false))
                                .name()).append(keepDirective()).append('\n');
                    }
                    i += take;
                } else {
                    for (PickedField field : units.get(i)) {
                        writeField(field, selection.type(), staticType, out, indent, nesting);
                    }
                    i++;
                }
            }
        }

        private void writeInlineFragment(List<List<PickedField>> group, Selection selection,
                GraphQLCompositeType staticType, StringBuilder out, int indent, int nesting) {
            GraphQLCompositeType condition = typeCondition(group, selection.type(), fitsIn(group, staticType));
            out.append(pad(indent)).append("...");
            if (condition == null) {
                context.feature(Features.UNTYPED_INLINE_FRAGMENT);
            } else {
                out.append(" on ").append(condition.getName());
                if (condition instanceof GraphQLInterfaceType) {
                    context.feature(Features.NODE_INTERFACE_FRAGMENT);
                }
            }
            context.feature(Features.INLINE_FRAGMENT);
            out.append(keepDirective()).append(" {\n");
            writeUnits(group, selection, condition == null ? staticType : condition, out, indent + 1, nesting + 1);
            out.append(pad(indent)).append("}\n");
        }

        /**
         * The type a fragment on these fields may name: the object's type, an interface of it that has all the
         * fields, or, for an inline fragment whose fields the surrounding type has, none (null).
         */
        private GraphQLCompositeType typeCondition(List<List<PickedField>> group, GraphQLObjectType type,
                boolean mayOmit) {
            List<GraphQLCompositeType> conditions = new ArrayList<>();
            conditions.add(type);
            for (GraphQLNamedOutputType implemented : type.getInterfaces()) {
                if (fitsIn(group, (GraphQLCompositeType) implemented)) {
                    conditions.add((GraphQLCompositeType) implemented);
                }
            }
            if (mayOmit) {
                conditions.add(null);
            }
            return draws.pick(conditions);
        }

        private void writeField(PickedField field, GraphQLObjectType parentType, GraphQLCompositeType staticType,
                StringBuilder out, int indent, int nesting) {
            String head = (field.alias() == null ? "" : field.alias() + ": ") + field.definition().getName()
                    + arguments(field);
            countField(field);
            if (field.isLeaf()) {
                out.append(pad(indent)).append(head).append(keepDirective()).append('\n');
                return;
            }
            GraphQLCompositeType childStatic = (GraphQLCompositeType) Relay.named(field.definition().getType());
            List<List<PickedField>> childUnits = units(field.children().fields());
            if (field.divergent() || childUnits.size() < 2 || !draws.chance(0.08)) {
                out.append(pad(indent)).append(head).append(keepDirective()).append(' ')
                        .append(selectionSet(field.children(), childStatic, indent, nesting)).append('\n');
                return;
            }
            // the same field twice with the same arguments: the answer merges the two sub-selections
            context.feature(Features.SPLIT_SELECTION);
            int split = draws.between(1, childUnits.size() - 1);
            out.append(pad(indent)).append(head).append(keepDirective()).append(" {\n");
            writeUnits(childUnits.subList(0, split), field.children(), childStatic, out, indent + 1, nesting);
            out.append(pad(indent)).append("}\n");
            countField(field);
            boolean wrapped = draws.chance(0.5);
            int at = wrapped ? indent + 1 : indent;
            if (wrapped) {
                out.append(pad(indent)).append("... on ").append(parentType.getName()).append(" {\n");
                context.feature(Features.INLINE_FRAGMENT);
            }
            out.append(pad(at)).append(head).append(" {\n");
            writeUnits(childUnits.subList(split, childUnits.size()), field.children(), childStatic, out, at + 1, nesting);
            out.append(pad(at)).append("}\n");
            if (wrapped) {
                out.append(pad(indent)).append("}\n");
            }
        }

        private void countField(PickedField field) {
            fields++;
            if (field.alias() != null) {
                aliases++;
            }
        }

        /** Now and then a field the answer must not show: left out by {@code @skip} or {@code @include}. */
        private void writeLeftOut(Selection selection, GraphQLCompositeType staticType, StringBuilder out,
                int indent) {
            if (!draws.chance(0.06)) {
                return;
            }
            List<GraphQLFieldDefinition> candidates = plainLeaves((GraphQLFieldsContainer) staticType).stream()
                    .filter(field -> !selection.responseKeys().contains(field.getName())).toList();
            if (candidates.isEmpty()) {
                return;
            }
            String name = draws.pick(candidates).getName();
            fields++;
            context.feature(Features.SKIPPED_SELECTION);
            if (draws.chance(0.3)) {
                out.append(pad(indent)).append("...").append(leaveOutDirective()).append(" {\n")
                        .append(pad(indent + 1)).append(name).append('\n').append(pad(indent)).append("}\n");
            } else {
                out.append(pad(indent)).append(name).append(leaveOutDirective()).append('\n');
            }
        }

        /**
         * Where an interface is expected, now and then a fragment on another type that implements it: it applies to
         * none of the objects here. Its fields keep out of the selection's response keys.
         */
        private void writeOtherTypeBranch(Selection selection, GraphQLCompositeType staticType, StringBuilder out,
                int indent) {
            if (!(staticType instanceof GraphQLInterfaceType interfaceType) || !draws.chance(0.25)) {
                return;
            }
            List<GraphQLObjectType> others = schema.getImplementations(interfaceType).stream()
                    .filter(type -> !type.getName().equals(selection.type().getName())).toList();
            if (others.isEmpty()) {
                return;
            }
            GraphQLObjectType other = draws.pick(others);
            List<GraphQLFieldDefinition> leaves = plainLeaves(other).stream()
                    .filter(field -> !selection.responseKeys().contains(field.getName())).toList();
            if (leaves.isEmpty()) {
                return;
            }
            out.append(pad(indent)).append("... on ").append(other.getName()).append(" {\n");
            for (GraphQLFieldDefinition leaf : draws.<GraphQLFieldDefinition> shuffled(leaves).subList(0,
                    Math.min(leaves.size(), draws.between(1, 2)))) {
                out.append(pad(indent + 1)).append(leaf.getName()).append('\n');
                fields++;
            }
            out.append(pad(indent)).append("}\n");
            context.feature(Features.OTHER_TYPE_BRANCH);
        }

        /**
         * The arguments, spelt once for every field that shares them (a nested field asked for in several places):
         * the resolvers compare a nested field's arguments as Java values whose type depends on the spelling, and
         * refuse {@code first: 3} next to {@code first: $n} with n = 3 as different arguments.
         */
        private String arguments(PickedField field) {
            if (field.arguments().isEmpty()) {
                return "";
            }
            return writtenArguments.computeIfAbsent(field.arguments(), arguments -> arguments.stream().map(this::argument)
                    .collect(Collectors.joining(", ", "(", ")")));
        }

        private String argument(ArgumentPick pick) {
            Object value = pick.value();
            boolean throughVariable = value instanceof ArgumentPick.Malformed malformed ? malformed.literal() == null
                    : draws.chance(0.35);
            if (throughVariable) {
                return pick.name() + ": $" + variable(pick.name(), pick.type(), value);
            }
            return pick.name() + ": " + literal(pick.type(), value);
        }

        /** A literal, in which a field of an input object sometimes comes from a variable of its own. */
        private String literal(GraphQLInputType type, Object value) {
            if (value instanceof Map<?, ?> map
                    && GraphQLTypeUtil.unwrapNonNull(type) instanceof GraphQLInputObjectType input) {
                return map.entrySet().stream().map(entry -> {
                    String name = (String) entry.getKey();
                    return name + ": " + (draws.chance(0.15)
                            ? "$" + variable(name, input.getField(name).getType(), entry.getValue())
                            : ArgumentPick.literal(entry.getValue()));
                }).collect(Collectors.joining(", ", "{", "}"));
            }
            return ArgumentPick.literal(value);
        }

        /** Declares a variable for the value and returns its name: non-null or with a default, now and then. */
        private String variable(String base, GraphQLInputType type, Object value) {
            String name = base + (variableDefinitions.size() + 1);
            String typeText = GraphQLTypeUtil.simplePrint(type);
            boolean plain = value != null && !(value instanceof ArgumentPick.Malformed);
            context.feature(Features.VARIABLE);
            if (plain && !GraphQLTypeUtil.isNonNull(type) && draws.chance(0.25)) {
                // the value as the default: sent again half of the time, otherwise the default applies
                variableDefinitions.put(name, typeText + " = " + ArgumentPick.literal(value));
                context.feature(Features.VARIABLE_DEFAULT);
                if (draws.chance(0.5)) {
                    variables.put(name, ArgumentPick.json(value));
                }
                return name;
            }
            if (plain && !GraphQLTypeUtil.isNonNull(type) && draws.chance(0.3)) {
                typeText += "!";
            }
            variableDefinitions.put(name, typeText);
            variables.put(name, ArgumentPick.json(value));
            return name;
        }

        /** Sometimes a directive that keeps the selection: {@code @include(if: true)} and the like. */
        private String keepDirective() {
            if (!draws.chance(0.07)) {
                return "";
            }
            return condition(true);
        }

        private String leaveOutDirective() {
            return condition(false);
        }

        private String condition(boolean kept) {
            boolean include = draws.chance(0.5);
            String directive = include ? " @include(if: " : " @skip(if: ";
            boolean value = include == kept;
            if (draws.chance(0.5)) {
                context.feature(Features.CONDITION_LITERAL);
                return directive + value + ")";
            }
            context.feature(Features.CONDITION_VARIABLE);
            String name = (include ? "show" : "hide") + (variableDefinitions.size() + 1);
            if (draws.chance(0.3)) {
                variableDefinitions.put(name, "Boolean = " + value);
                context.feature(Features.VARIABLE_DEFAULT);
            } else {
                variableDefinitions.put(name, "Boolean!");
                variables.put(name, value);
            }
            return directive + "$" + name + ")";
        }
    }

    /** Whether a type has every field of the group, so that the fields may be written where it is expected. */
    private static boolean fitsIn(List<List<PickedField>> group, GraphQLCompositeType type) {
        GraphQLFieldsContainer container = (GraphQLFieldsContainer) type;
        return group.stream().flatMap(List::stream)
                .allMatch(field -> field.definition().getName().startsWith("__")
                        || container.getFieldDefinition(field.definition().getName()) != null);
    }

    /** Leaves that take no arguments: safe to add anywhere the type is expected. */
    private static List<GraphQLFieldDefinition> plainLeaves(GraphQLFieldsContainer type) {
        return type.getFieldDefinitions().stream()
                .filter(field -> field.getArguments().isEmpty()
                        && GraphQLTypeUtil.isLeaf(GraphQLTypeUtil.unwrapAll(field.getType())))
                .toList();
    }

    private static String pad(int indent) {
        return INDENT.repeat(indent);
    }
}
