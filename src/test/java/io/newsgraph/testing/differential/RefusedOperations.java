package io.newsgraph.testing.differential;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLTypeUtil;

/**
 * Operations over one of the service's documented limits (README: depth 15, cost 10000, 50 aliases, 1000 fields
 * once fragments are expanded, a response name 5 times in one selection set, 5 directives on a selection, 3000
 * tokens), each built on a random walk of the schema. Every path must refuse them the same way, before any SQL.
 */
final class RefusedOperations {

    enum Limit {
        DEPTH,
        COST,
        ALIASES,
        FIELDS,
        REPEATED_FIELDS,
        DIRECTIVES,
        TOKENS
    }

    /** The text of an operation and its variables. */
    record Refused(String text, Map<String, Object> variables) {
    }

    /** One step down the schema: a field with its arguments, and the object type it leads to. */
    private record Hop(String head, GraphQLObjectType type, boolean paged) {
    }

    private static final int ATTEMPTS = 200;

    private final GraphQLSchema schema;
    private final KnownValues known;
    private final Draws draws;

    RefusedOperations(GraphQLSchema schema, KnownValues known, Draws draws) {
        this.schema = schema;
        this.known = known;
        this.draws = draws;
    }

    Refused write(Limit limit) {
        switch (limit) {
            case DEPTH:
                return tooDeep();
            case COST:
                return tooCostly();
            case ALIASES:
                return around(between(1, 3), type -> IntStream.rangeClosed(1, between(51, 60))
                        .mapToObj(i -> "x" + i + ": " + leaf(type)).collect(Collectors.joining(" ")));
            case FIELDS:
                return exponentialFragments();
            case REPEATED_FIELDS:
                return around(between(1, 4), type -> (leaf(type) + " ").repeat(between(6, 8)));
            case DIRECTIVES:
                return around(between(1, 4), type -> leaf(type) + IntStream.range(0, between(6, 8))
                        .mapToObj(i -> draws.chance(0.5) ? " @include(if: true)" : " @skip(if: false)")
                        .collect(Collectors.joining()));
            case TOKENS:
                return manyFragments();
            default:
                throw new IllegalArgumentException(limit.name());
        }
    }

    /** Fields nested deeper than the limit, object in object, with a page of one wherever there is a page. */
    private Refused tooDeep() {
        List<Hop> hops = walk(between(15, 18), 1, chain -> true);
        return new Refused(nest(hops, leaf(hops.get(hops.size() - 1).type())), Map.of());
    }

    /** Two pages of a hundred, one inside the other; through a variable with a default half of the time. */
    private Refused tooCostly() {
        boolean variable = draws.chance(0.5);
        List<Hop> hops = walk(between(4, 7), 100, chain -> chain.stream().filter(Hop::paged).count() >= 2);
        String inner = nest(hops, leaf(hops.get(hops.size() - 1).type()));
        if (!variable) {
            return new Refused(inner, Map.of());
        }
        Map<String, Object> variables = new LinkedHashMap<>();
        String text;
        if (draws.chance(0.5)) {
            text = "query Costly($size: Int = 100) " + inner.replace("first: 100", "first: $size");
        } else {
            text = "query Costly($size: Int!) " + inner.replace("first: 100", "first: $size");
            variables.put("size", 100);
        }
        return new Refused(text, variables);
    }

    /** Fragments that each spread the one before twice: two fields become two thousand. */
    private Refused exponentialFragments() {
        List<Hop> hops = walk(between(1, 3), 1, chain -> leaves(chain.get(chain.size() - 1).type()).size() >= 2);
        GraphQLObjectType type = hops.get(hops.size() - 1).type();
        int levels = 10;
        StringBuilder fragments = new StringBuilder("fragment E0 on " + type.getName() + " { " + leaf(type) + " "
                + leaf(type) + " }\n");
        for (int level = 1; level <= levels; level++) {
            fragments.append("fragment E").append(level).append(" on ").append(type.getName()).append(" { ...E")
                    .append(level - 1).append(" ...E").append(level - 1).append(" }\n");
        }
        return new Refused(nest(hops, "...E" + levels) + "\n" + fragments, Map.of());
    }

    /** Hundreds of small fragments: more tokens than the parser takes. */
    private Refused manyFragments() {
        List<Hop> hops = walk(between(1, 3), 1, chain -> true);
        GraphQLObjectType type = hops.get(hops.size() - 1).type();
        int count = between(380, 420);
        String spreads = IntStream.range(0, count).mapToObj(i -> "...P" + i).collect(Collectors.joining(" "));
        String definitions = IntStream.range(0, count)
                .mapToObj(i -> "fragment P" + i + " on " + type.getName() + " { " + leaf(type) + " }")
                .collect(Collectors.joining("\n"));
        return new Refused(nest(hops, spreads) + "\n" + definitions, Map.of());
    }

    /** The inner text at the end of a short walk, on a type with leaves. */
    private Refused around(int depth, Function<GraphQLObjectType, String> inner) {
        List<Hop> hops = walk(depth, 1, chain -> !leaves(chain.get(chain.size() - 1).type()).isEmpty());
        return new Refused(nest(hops, inner.apply(hops.get(hops.size() - 1).type())), Map.of());
    }

    /**
     * A chain of object fields from the root, {@code length} long, that the predicate accepts: each field one the
     * walk can take arguments for simply, leading to a type the walk can go on from.
     */
    private List<Hop> walk(int length, int pageSize, Predicate<List<Hop>> accepted) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            List<Hop> chain = new ArrayList<>();
            GraphQLObjectType type = schema.getQueryType();
            while (chain.size() < length) {
                Optional<Hop> hop = step(type, pageSize, chain.size() + 1 < length);
                if (hop.isEmpty()) {
                    break;
                }
                chain.add(hop.get());
                type = hop.get().type();
            }
            if (chain.size() == length && accepted.test(chain)) {
                return chain;
            }
        }
        throw new IllegalStateException("No walk of " + length + " fields through the schema");
    }

    private Optional<Hop> step(GraphQLObjectType type, int pageSize, boolean goesOn) {
        List<GraphQLFieldDefinition> candidates = type.getFieldDefinitions().stream()
                .filter(field -> Relay.named(field.getType()) instanceof GraphQLObjectType next
                        && (!goesOn || hasObjectField(next)) && arguments(field, pageSize).isPresent())
                .toList();
        if (candidates.isEmpty()) {
            return Optional.empty();
        }
        GraphQLFieldDefinition field = draws.pick(candidates);
        return Optional.of(new Hop(field.getName() + arguments(field, pageSize).orElseThrow(),
                (GraphQLObjectType) Relay.named(field.getType()), Relay.isPaged(field)));
    }

    /** Literal arguments a refused operation can do with: a page, a sample slug; empty when more is required. */
    private Optional<String> arguments(GraphQLFieldDefinition field, int pageSize) {
        List<String> written = new ArrayList<>();
        if (Relay.isPaged(field)) {
            written.add("first: " + pageSize);
        }
        if (field.getArgument("slug") != null && field.getArgument("id") != null) {
            List<String> slugs = known.slugs(Relay.named(field.getType()).getName());
            if (slugs.isEmpty()) {
                return Optional.empty();
            }
            written.add("slug: " + Json.write(draws.pick(slugs)));
        }
        for (GraphQLArgument argument : field.getArguments()) {
            boolean handled = Relay.isPagingArgument(argument.getName()) || argument.getName().equals("slug")
                    || argument.getName().equals("id") && field.getArgument("slug") != null;
            if (!handled && GraphQLTypeUtil.isNonNull(argument.getType()) && !argument.hasSetDefaultValue()) {
                return Optional.empty();
            }
        }
        return Optional.of(written.isEmpty() ? "" : "(" + String.join(", ", written) + ")");
    }

    private static String nest(List<Hop> hops, String inner) {
        StringBuilder text = new StringBuilder("{ ");
        hops.forEach(hop -> text.append(hop.head()).append(" { "));
        text.append(inner);
        hops.forEach(hop -> text.append(" }"));
        return text.append(" }").toString();
    }

    private static boolean hasObjectField(GraphQLObjectType type) {
        return type.getFieldDefinitions().stream().anyMatch(field -> Relay.named(field.getType()) instanceof GraphQLObjectType);
    }

    private static List<GraphQLFieldDefinition> leaves(GraphQLObjectType type) {
        return type.getFieldDefinitions().stream()
                .filter(field -> field.getArguments().isEmpty() && GraphQLTypeUtil.isLeaf(Relay.named(field.getType())))
                .toList();
    }

    private String leaf(GraphQLObjectType type) {
        List<GraphQLFieldDefinition> leaves = leaves(type);
        return leaves.isEmpty() ? "__typename" : draws.pick(leaves).getName();
    }

    private int between(int from, int to) {
        return draws.between(from, to);
    }
}
