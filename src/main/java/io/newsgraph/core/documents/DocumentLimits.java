package io.newsgraph.core.documents;

import java.io.Serial;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import graphql.language.Definition;
import graphql.language.Directive;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.Node;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import io.newsgraph.core.error.ApiError;
import io.newsgraph.core.error.ApiErrors;
import io.newsgraph.core.error.ErrorCode;

/**
 * Measures a parsed document against the {@link QueryLimits} before it is validated, because validating a
 * hostile document (thousands of repeated fields, fragments that expand exponentially) is itself the
 * expensive part. Every fragment is measured once, so the check stays linear in the document's size.
 */
final class DocumentLimits {

    private final QueryLimits limits;

    DocumentLimits(QueryLimits limits) {
        this.limits = limits;
    }

    /** The first limit the document goes over, if any. */
    Optional<ApiError> check(Document document) {
        Map<String, FragmentDefinition> fragments = new HashMap<>();
        for (Definition<?> definition : document.getDefinitions()) {
            if (definition instanceof FragmentDefinition fragment) {
                fragments.put(fragment.getName(), fragment);
            }
        }
        Walk walk = new Walk(fragments);
        try {
            for (Definition<?> definition : document.getDefinitions()) {
                if (definition instanceof OperationDefinition operation) {
                    walk.checkSelections(operation.getSelectionSet());
                    walk.add(walk.measure(operation.getSelectionSet()));
                } else if (definition instanceof FragmentDefinition fragment) {
                    walk.checkSelections(fragment.getSelectionSet());
                }
            }
        } catch (Refusal refusal) {
            return Optional.of(refusal.error);
        }
        return Optional.empty();
    }

    /** How big a selection set is once its fragments are expanded: its field count and its depth. */
    private record Size(long fields, int depth) {
        static final Size NONE = new Size(0, 0);
    }

    private static final class Refusal extends RuntimeException {
        @Serial
        private static final long serialVersionUID = 1L;

        final ApiError error;

        Refusal(ErrorCode code, String message, Node<?> node) {
            super(message, null, false, false);
            this.error = ApiErrors.of(code, message, node == null ? null : node.getSourceLocation());
        }
    }

    private final class Walk {

        private final Map<String, FragmentDefinition> fragments;
        private final Map<String, Size> fragmentSizes = new HashMap<>();
        private final Set<String> fragmentsBeingMeasured = new HashSet<>();
        private long totalFields;
        private int aliases;

        Walk(Map<String, FragmentDefinition> fragments) {
            this.fragments = fragments;
        }

        /** Checks what can be seen without expanding fragments: aliases, directives, repeated fields. */
        void checkSelections(SelectionSet selectionSet) {
            if (selectionSet == null) {
                return;
            }
            Map<String, Integer> responseNames = new HashMap<>();
            for (Selection<?> selection : selectionSet.getSelections()) {
                checkDirectives(selection);
                if (selection instanceof Field field) {
                    if (field.getAlias() != null && ++aliases > limits.maxAliases()) {
                        throw tooComplex("The document uses more than " + limits.maxAliases() + " aliases.", field);
                    }
                    int repeats = responseNames.merge(field.getResultKey(), 1, Integer::sum);
                    if (repeats > limits.maxRepeatedFields()) {
                        throw tooComplex("'" + field.getResultKey() + "' is selected more than "
                                + limits.maxRepeatedFields() + " times in one selection set.", field);
                    }
                    checkSelections(field.getSelectionSet());
                } else if (selection instanceof InlineFragment inline) {
                    checkSelections(inline.getSelectionSet());
                }
            }
        }

        private void checkDirectives(Selection<?> selection) {
            List<Directive> directives = List.of();
            if (selection instanceof Field field) {
                directives = field.getDirectives();
            } else if (selection instanceof InlineFragment inline) {
                directives = inline.getDirectives();
            } else if (selection instanceof FragmentSpread spread) {
                directives = spread.getDirectives();
            }
            if (directives.size() > limits.maxDirectivesPerField()) {
                throw tooComplex("A selection carries more than " + limits.maxDirectivesPerField() + " directives.",
                        selection);
            }
        }

        Size measure(SelectionSet selectionSet) {
            if (selectionSet == null) {
                return Size.NONE;
            }
            long fields = 0;
            int depth = 0;
            for (Selection<?> selection : selectionSet.getSelections()) {
                Size size;
                if (selection instanceof Field field) {
                    Size children = measure(field.getSelectionSet());
                    size = new Size(Saturating.sum(1, children.fields()), children.depth() + 1);
                    if (size.depth() > limits.maxDepth()) {
                        throw tooComplex("The document nests selections more than " + limits.maxDepth()
                                + " levels deep.", field);
                    }
                } else if (selection instanceof InlineFragment inline) {
                    size = measure(inline.getSelectionSet());
                } else {
                    size = measureFragment((FragmentSpread) selection);
                }
                fields = Saturating.sum(fields, size.fields());
                depth = Math.max(depth, size.depth());
                if (fields > limits.maxFields()) {
                    throw tooComplex("The document selects more than " + limits.maxFields()
                            + " fields once its fragments are expanded.", selection);
                }
            }
            return new Size(fields, depth);
        }

        private Size measureFragment(FragmentSpread spread) {
            String name = spread.getName();
            Size known = fragmentSizes.get(name);
            if (known != null) {
                return known;
            }
            FragmentDefinition fragment = fragments.get(name);
            if (fragment == null) {
                // validation reports the unknown fragment
                return Size.NONE;
            }
            if (!fragmentsBeingMeasured.add(name)) {
                throw new Refusal(ErrorCode.BAD_USER_INPUT, "Fragment '" + name + "' spreads itself.", spread);
            }
            Size size = measure(fragment.getSelectionSet());
            fragmentsBeingMeasured.remove(name);
            fragmentSizes.put(name, size);
            return size;
        }

        void add(Size operationSize) {
            totalFields = Saturating.sum(totalFields, operationSize.fields());
            if (totalFields > limits.maxFields()) {
                throw tooComplex("The document selects more than " + limits.maxFields()
                        + " fields once its fragments are expanded.", null);
            }
        }

        private Refusal tooComplex(String message, Node<?> node) {
            return new Refusal(ErrorCode.QUERY_TOO_COMPLEX, message, node);
        }
    }
}
