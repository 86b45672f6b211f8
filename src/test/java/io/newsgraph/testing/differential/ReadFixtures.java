package io.newsgraph.testing.differential;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import graphql.language.Argument;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.NonNullType;
import graphql.language.ObjectField;
import graphql.language.ObjectValue;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.language.VariableDefinition;
import graphql.language.VariableReference;
import graphql.parser.InvalidSyntaxException;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;

/**
 * The read documents kept under {@code src/test/resources/graphql}, found there rather than listed, with
 * variables chosen the way the generator chooses arguments: for each field a variable feeds, the
 * {@link ArgumentChooser} picks that field's arguments, and each variable takes the value of the argument it is
 * bound to. So a slug variable of {@code author(slug:)} gets an author's slug, a cursor variable a cursor of that
 * list, and a new fixture needs nothing here.
 */
public final class ReadFixtures {

    /** A document, and whether it could be parsed (a document that cannot be parsed is refused the same everywhere). */
    public record Fixture(String name, String text, Document document) {
    }

    /** Where a variable is used: the argument (or the field of an input object argument) of a field of a type. */
    private record Use(String variable, GraphQLObjectType parent, GraphQLFieldDefinition field, String argument,
            String inputField, int level) {
    }

    private static final String DIRECTORY = "graphql";
    private static final int ATTEMPTS = 20;

    private final GraphQLSchema schema;
    private final ArgumentChooser arguments;

    public ReadFixtures(GraphQLSchema schema, KnownValues known, Draws draws) {
        this.schema = schema;
        this.arguments = new ArgumentChooser(schema, known, draws);
    }

    /** Every fixture that is not a mutation or a subscription, in name order. */
    public static List<Fixture> reads() {
        List<Fixture> fixtures = new ArrayList<>();
        for (Path path : files()) {
            String name = path.getFileName().toString().replace(".graphql", "");
            String text = read(path);
            Document document;
            try {
                document = NormalizedOperations.parse(text, Integer.MAX_VALUE);
            } catch (InvalidSyntaxException e) {
                fixtures.add(new Fixture(name, text, null));
                continue;
            }
            boolean read = document.getDefinitionsOfType(OperationDefinition.class).stream()
                    .allMatch(operation -> operation.getOperation() == OperationDefinition.Operation.QUERY);
            if (read) {
                fixtures.add(new Fixture(name, text, document));
            }
        }
        return fixtures;
    }

    /**
     * The fixture with variables drawn afresh, or empty when a required variable can get no value yet (an id before
     * any answer gave one) or no draw keeps the operation under the cost limit.
     */
    public Optional<ReadRequest> withVariables(Fixture fixture) {
        List<Use> uses = fixture.document() == null ? List.of() : uses(fixture.document());
        if (uses.isEmpty()) {
            return Optional.of(ReadRequest.of(fixture.text(), Map.of()));
        }
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Optional<Map<String, Object>> variables = draw(fixture.document(), uses);
            if (variables.isEmpty()) {
                continue;
            }
            ReadRequest request = ReadRequest.of(fixture.text(), variables.get());
            boolean underCost = NormalizedOperations.of(schema, request)
                    .map(operation -> NormalizedOperations.cost(operation, schema) <= OperationCheck.MAX_COST).orElse(true);
            if (underCost) {
                return Optional.of(request);
            }
        }
        return Optional.empty();
    }

    private Optional<Map<String, Object>> draw(Document document, List<Use> uses) {
        OperationContext context = new OperationContext(CaseGroup.FIXTURE, Integer.MAX_VALUE, Integer.MAX_VALUE);
        Map<String, Object> variables = new LinkedHashMap<>();
        Map<String, String> boundAt = new LinkedHashMap<>();
        Map<String, List<Use>> bySite = new LinkedHashMap<>();
        uses.forEach(use -> bySite.computeIfAbsent(use.parent().getName() + "." + use.field().getName() + "@" + use.level(),
                ignored -> new ArrayList<>()).add(use));
        for (List<Use> site : bySite.values()) {
            Use first = site.get(0);
            Set<String> allowed = new LinkedHashSet<>();
            site.forEach(use -> allowed.add(use.argument()));
            Optional<ArgumentChooser.Choice> choice = arguments.choose(first.parent(), first.field(),
                    new ArgumentChooser.Site(first.level(), 1, List.of()), context, allowed);
            if (choice.isEmpty()) {
                return Optional.empty();
            }
            for (Use use : site) {
                String coordinate = use.parent().getName() + "." + use.field().getName();
                if (boundAt.containsKey(use.variable())) {
                    // a cursor belongs to one list: a variable feeding several lists gets none
                    if (!boundAt.get(use.variable()).equals(coordinate) && Relay.isPagingArgument(use.argument())
                            && !use.argument().equals(Relay.FIRST) && !use.argument().equals(Relay.LAST)) {
                        variables.remove(use.variable());
                    }
                    continue;
                }
                boundAt.put(use.variable(), coordinate);
                value(choice.get(), use).ifPresent(value -> variables.put(use.variable(), ArgumentPick.json(value)));
            }
        }
        for (VariableDefinition definition : document.getDefinitionsOfType(OperationDefinition.class).get(0)
                .getVariableDefinitions()) {
            if (definition.getType() instanceof NonNullType && variables.get(definition.getName()) == null) {
                return Optional.empty();
            }
        }
        return Optional.of(variables);
    }

    private static Optional<Object> value(ArgumentChooser.Choice choice, Use use) {
        for (ArgumentPick pick : choice.arguments()) {
            if (!pick.name().equals(use.argument())) {
                continue;
            }
            if (use.inputField() == null) {
                return Optional.ofNullable(pick.value());
            }
            return pick.value() instanceof Map<?, ?> object ? Optional.ofNullable(object.get(use.inputField()))
                    : Optional.empty();
        }
        return Optional.empty();
    }

    /**
     * Every place a variable feeds an argument, found by walking the document with the schema's types (graphql-java's
     * traverser would coerce the arguments, which it cannot do without the variables).
     */
    private List<Use> uses(Document document) {
        Map<String, FragmentDefinition> fragments = new LinkedHashMap<>();
        document.getDefinitionsOfType(FragmentDefinition.class)
                .forEach(fragment -> fragments.put(fragment.getName(), fragment));
        List<Use> uses = new ArrayList<>();
        for (OperationDefinition operation : document.getDefinitionsOfType(OperationDefinition.class)) {
            walk(operation.getSelectionSet(), schema.getQueryType(), 1, fragments, new HashSet<>(), uses);
        }
        return uses;
    }

    private void walk(SelectionSet selectionSet, GraphQLType parent, int level, Map<String, FragmentDefinition> fragments,
            Set<String> spread, List<Use> uses) {
        if (selectionSet == null || !(parent instanceof GraphQLFieldsContainer container)) {
            return;
        }
        for (Selection<?> selection : selectionSet.getSelections()) {
            if (selection instanceof Field field) {
                GraphQLFieldDefinition definition = container.getFieldDefinition(field.getName());
                if (definition == null) {
                    // a field the schema lacks: validation refuses the document, the same on both paths
                    continue;
                }
                if (container instanceof GraphQLObjectType object) {
                    field.getArguments().forEach(argument -> addUses(argument, object, definition, level, uses));
                }
                walk(field.getSelectionSet(), Relay.named(definition.getType()), level + 1, fragments, spread, uses);
            } else if (selection instanceof InlineFragment inline) {
                walk(inline.getSelectionSet(), inline.getTypeCondition() == null ? parent
                        : schema.getType(inline.getTypeCondition().getName()), level, fragments, spread, uses);
            } else if (selection instanceof FragmentSpread fragmentSpread && spread.add(fragmentSpread.getName())
                    && fragments.containsKey(fragmentSpread.getName())) {
                FragmentDefinition fragment = fragments.get(fragmentSpread.getName());
                walk(fragment.getSelectionSet(), schema.getType(fragment.getTypeCondition().getName()), level, fragments,
                        spread, uses);
            }
        }
    }

    private static void addUses(Argument argument, GraphQLObjectType parent, GraphQLFieldDefinition field, int level,
            List<Use> uses) {
        if (argument.getValue() instanceof VariableReference variable) {
            uses.add(new Use(variable.getName(), parent, field, argument.getName(), null, level));
        } else if (argument.getValue() instanceof ObjectValue object) {
            for (ObjectField objectField : object.getObjectFields()) {
                if (objectField.getValue() instanceof VariableReference variable) {
                    uses.add(new Use(variable.getName(), parent, field, argument.getName(), objectField.getName(), level));
                }
            }
        }
    }

    private static List<Path> files() {
        try (Stream<Path> paths = Files.list(Path.of(ReadFixtures.class.getClassLoader().getResource(DIRECTORY).toURI()))) {
            return paths.filter(path -> path.toString().endsWith(".graphql")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String read(Path path) {
        try {
            return Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
