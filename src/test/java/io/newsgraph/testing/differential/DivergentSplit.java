package io.newsgraph.testing.differential;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import graphql.language.AstPrinter;
import graphql.language.Definition;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.Node;
import graphql.language.OperationDefinition;
import graphql.language.SelectionSet;
import graphql.language.VariableDefinition;
import graphql.language.VariableReference;
import graphql.normalized.ExecutableNormalizedField;
import graphql.normalized.ExecutableNormalizedOperation;
import graphql.schema.GraphQLSchema;

/**
 * Finds a nested field asked for with two sets of arguments in one operation (which the resolvers refuse) and
 * splits the operation in two that the resolvers answer: each without one of the two response keys where the two
 * first part. Splitting needs those keys side by side in the answer and spelt once in the document; otherwise the
 * split says why it cannot be made.
 */
final class DivergentSplit {

    /**
     * @param one the operation without {@code otherKey}, null when no split can be made
     * @param other the operation without {@code oneKey}
     * @param reason why no split can be made, null when it can
     */
    record Split(ReadRequest one, ReadRequest other, String oneKey, String otherKey, String reason) {

        static Split impossible(String reason) {
            return new Split(null, null, null, null, reason);
        }

        boolean possible() {
            return reason == null;
        }
    }

    private DivergentSplit() {
    }

    /** Empty when no nested field of the request is asked for two ways. */
    static Optional<Split> of(GraphQLSchema schema, ReadRequest request) {
        ExecutableNormalizedOperation operation = NormalizedOperations.of(schema, request).orElse(null);
        if (operation == null) {
            return Optional.empty();
        }
        List<List<List<ExecutableNormalizedField>>> divergent = new ArrayList<>();
        operation.getCoordinatesToNormalizedFields().asMap().forEach((coordinates, fields) -> {
            Map<Map<String, Object>, List<ExecutableNormalizedField>> byArguments = new LinkedHashMap<>();
            fields.stream().filter(field -> field.getLevel() > 1).forEach(field -> byArguments
                    .computeIfAbsent(field.getResolvedArguments(), ignored -> new ArrayList<>()).add(field));
            if (byArguments.size() > 1) {
                divergent.add(new ArrayList<>(byArguments.values()));
            }
        });
        if (divergent.isEmpty()) {
            return Optional.empty();
        }
        if (divergent.size() > 1 || divergent.get(0).size() > 2) {
            return Optional.of(Split.impossible("more than one nested field is asked for two ways"));
        }
        return Optional.of(split(operation, request, divergent.get(0).get(0), divergent.get(0).get(1)));
    }

    private static Split split(ExecutableNormalizedOperation operation, ReadRequest request,
            List<ExecutableNormalizedField> oneWay, List<ExecutableNormalizedField> otherWay) {
        List<String> onePath = NormalizedOperations.path(oneWay.get(0));
        List<String> otherPath = NormalizedOperations.path(otherWay.get(0));
        int at = 0;
        while (at < onePath.size() && at < otherPath.size() && onePath.get(at).equals(otherPath.get(at))) {
            at++;
        }
        String oneKey = onePath.get(at);
        String otherKey = otherPath.get(at);
        List<String> siblings = siblingKeys(operation, oneWay.get(0), at);
        int position = siblings.indexOf(oneKey);
        if (siblings.indexOf(otherKey) == position - 1) {
            return split(operation, request, otherWay, oneWay);
        }
        if (siblings.indexOf(otherKey) != position + 1) {
            return Split.impossible("'" + oneKey + "' and '" + otherKey + "' are not side by side in the answer");
        }
        for (ExecutableNormalizedField field : oneWay) {
            if (!NormalizedOperations.path(field).get(at).equals(oneKey)) {
                return Split.impossible("the two ways part at different places");
            }
        }
        Document document = NormalizedOperations.parse(request.query(), Integer.MAX_VALUE);
        if (spellings(document, oneKey) != 1 || spellings(document, otherKey) != 1) {
            return Split.impossible("'" + oneKey + "' or '" + otherKey + "' is spelt more than once");
        }
        try {
            return new Split(without(request, document, otherKey), without(request, document, oneKey), oneKey, otherKey,
                    null);
        } catch (IllegalStateException e) {
            return Split.impossible(e.getMessage());
        }
    }

    /** The response keys of the selection the field's ancestor at {@code level} (0 at the root) sits in, in order. */
    private static List<String> siblingKeys(ExecutableNormalizedOperation operation, ExecutableNormalizedField field,
            int level) {
        List<ExecutableNormalizedField> ancestors = new ArrayList<>();
        for (ExecutableNormalizedField at = field; at != null; at = at.getParent()) {
            ancestors.add(0, at);
        }
        List<ExecutableNormalizedField> siblings = level == 0 ? operation.getTopLevelFields()
                : ancestors.get(level - 1).getChildren();
        Set<String> keys = new LinkedHashSet<>();
        siblings.forEach(sibling -> keys.add(sibling.getResultKey()));
        return new ArrayList<>(keys);
    }

    private static int spellings(Node<?> node, String key) {
        int count = node instanceof Field field && field.getResultKey().equals(key) ? 1 : 0;
        for (Node<?> child : node.getChildren()) {
            count += spellings(child, key);
        }
        return count;
    }

    /** The request with every field of that response key taken out, and what that leaves unused. */
    private static ReadRequest without(ReadRequest request, Document document, String key) {
        @SuppressWarnings("rawtypes") // the type Document.Builder.definitions takes
        List<Definition> pruned = new ArrayList<>();
        for (Definition<?> definition : document.getDefinitions()) {
            if (definition instanceof OperationDefinition operation) {
                pruned.add(operation.transform(builder -> builder.selectionSet(prune(operation.getSelectionSet(), key))));
            } else if (definition instanceof FragmentDefinition fragment) {
                pruned.add(fragment.transform(builder -> builder.selectionSet(prune(fragment.getSelectionSet(), key))));
            } else {
                pruned.add(definition);
            }
        }
        Document rest = withoutUnused(document.transform(builder -> builder.definitions(pruned)));
        Set<String> declared = new HashSet<>();
        rest.getDefinitionsOfType(OperationDefinition.class)
                .forEach(operation -> operation.getVariableDefinitions().forEach(variable -> declared.add(variable.getName())));
        Map<String, Object> variables = new LinkedHashMap<>();
        request.variables().forEach((name, value) -> {
            if (declared.contains(name)) {
                variables.put(name, value);
            }
        });
        return request.withQuery(AstPrinter.printAst(rest), variables);
    }

    private static SelectionSet prune(SelectionSet selectionSet, String key) {
        if (selectionSet == null) {
            return null;
        }
        List<graphql.language.Selection<?>> kept = new ArrayList<>();
        for (graphql.language.Selection<?> selection : selectionSet.getSelections()) {
            if (selection instanceof Field field) {
                if (!field.getResultKey().equals(key)) {
                    kept.add(field.transform(builder -> builder.selectionSet(prune(field.getSelectionSet(), key))));
                }
            } else if (selection instanceof InlineFragment inline) {
                kept.add(inline.transform(builder -> builder.selectionSet(prune(inline.getSelectionSet(), key))));
            } else {
                kept.add(selection);
            }
        }
        if (kept.isEmpty()) {
            throw new IllegalStateException("taking '" + key + "' out leaves an empty selection");
        }
        return selectionSet.transform(builder -> builder.selections(kept));
    }

    /** Drops the fragments no operation spreads any more, and the variables no operation uses any more. */
    private static Document withoutUnused(Document document) {
        Map<String, FragmentDefinition> fragments = new LinkedHashMap<>();
        document.getDefinitionsOfType(FragmentDefinition.class)
                .forEach(fragment -> fragments.put(fragment.getName(), fragment));
        Set<String> spread = new HashSet<>();
        @SuppressWarnings("rawtypes") // the type Document.Builder.definitions takes
        List<Definition> kept = new ArrayList<>();
        for (OperationDefinition operation : document.getDefinitionsOfType(OperationDefinition.class)) {
            Set<String> fragmentsOfOperation = new HashSet<>();
            Set<String> variables = new HashSet<>();
            collect(operation.getSelectionSet(), fragments, fragmentsOfOperation, variables);
            spread.addAll(fragmentsOfOperation);
            List<VariableDefinition> used = operation.getVariableDefinitions().stream()
                    .filter(variable -> variables.contains(variable.getName())).toList();
            kept.add(operation.transform(builder -> builder.variableDefinitions(used)));
        }
        fragments.values().stream().filter(fragment -> spread.contains(fragment.getName())).forEach(kept::add);
        return document.transform(builder -> builder.definitions(kept));
    }

    private static void collect(Node<?> node, Map<String, FragmentDefinition> fragments, Set<String> spread,
            Set<String> variables) {
        if (node instanceof VariableReference variable) {
            variables.add(variable.getName());
        }
        if (node instanceof FragmentSpread fragmentSpread && spread.add(fragmentSpread.getName())
                && fragments.containsKey(fragmentSpread.getName())) {
            collect(fragments.get(fragmentSpread.getName()), fragments, spread, variables);
        }
        for (Node<?> child : node.getChildren()) {
            collect(child, fragments, spread, variables);
        }
    }
}
