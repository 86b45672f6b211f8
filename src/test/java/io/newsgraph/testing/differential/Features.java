package io.newsgraph.testing.differential;

import java.util.Locale;

/**
 * Names of what a generated operation exercises, counted per operation in the run's report so that one can see
 * the generator covers what it should.
 */
final class Features {

    static final String ALIAS = "alias";
    static final String SAME_FIELD_TWICE = "same field under two aliases";
    static final String SPLIT_SELECTION = "one field selected twice, sub-selections merged";
    static final String TYPENAME = "__typename";
    static final String NAMED_FRAGMENT = "named fragment";
    static final String REUSED_FRAGMENT = "named fragment spread twice";
    static final String INLINE_FRAGMENT = "inline fragment";
    static final String UNTYPED_INLINE_FRAGMENT = "inline fragment without type condition";
    static final String NODE_INTERFACE_FRAGMENT = "fragment on the Node interface";
    static final String OTHER_TYPE_BRANCH = "fragment on a type the object is not";
    static final String CONDITION_LITERAL = "@skip/@include with a literal";
    static final String CONDITION_VARIABLE = "@skip/@include with a variable";
    static final String SKIPPED_SELECTION = "selection left out by @skip/@include";
    static final String VARIABLE = "argument through a variable";
    static final String VARIABLE_DEFAULT = "variable with a default";
    static final String EXPLICIT_NULL = "explicit null argument";
    static final String CURSOR_AFTER = "after: a cursor of an earlier page";
    static final String CURSOR_BEFORE = "before: a cursor of an earlier page";
    static final String BACKWARD = "last (backward page)";
    static final String NESTED_CURSOR = "cursor on a nested list";
    static final String FILTER = "filter";
    static final String FILTER_COMBINATION = "filter on two fields or more";
    static final String VALUE_OF_NOTHING = "a slug or id that names nothing";
    static final String LOOKUP_BY_ID = "lookup by id";
    static final String LOOKUP_BY_SLUG = "lookup by slug";
    static final String NODE = "node(id:)";
    static final String BIG_PAGE = "page of more than 50";
    static final String OPERATION_NAME = "operationName among several operations";
    static final String GRAPHQL_RESPONSE_JSON = "Accept: application/graphql-response+json";

    private Features() {
    }

    static String node(String typeName) {
        return "node(id:) of a " + typeName;
    }

    static String filterField(String name) {
        return "filter." + name;
    }

    static String enumValue(String argument, String value) {
        return argument + ": " + value;
    }

    static String invalid(InvalidArgument kind) {
        return "invalid: " + kind;
    }

    static String overLimit(String limit) {
        return "over the limit: " + limit;
    }

    static String sentBy(Credentials credentials) {
        return "sent by: " + credentials.name().toLowerCase(Locale.ROOT);
    }
}
