package io.newsgraph.core.planning.compiler;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.execution.ValuesResolver;
import graphql.language.Argument;
import graphql.schema.GraphQLArgument;
import io.newsgraph.core.planning.writers.PlanBindings;

/**
 * Binds one field's arguments for a request: resolves them as graphql-java does for a data fetcher (literals,
 * variables, defaults), then decodes them for the plan. A value the resolvers would refuse is refused here
 * too, and the request then goes to the resolvers, which say why.
 */
public record FieldBinder(int index, List<GraphQLArgument> definitions, List<Argument> arguments,
        Function<Map<String, Object>, Object> decoder) {

    public void bind(PlanBindings bindings, CoercedVariables variables, GraphQLContext context) {
        Map<String, Object> values = ValuesResolver.getArgumentValues(definitions, arguments, variables, context,
                Locale.getDefault());
        bindings.set(index, decoder.apply(values));
    }
}
