package io.newsgraph.core.graphql;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import graphql.schema.GraphQLDirective;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.DirectiveInfo;
import graphql.schema.usage.SchemaUsageSupport;
import io.smallrye.graphql.spi.EventingService;

/**
 * Leaves out of the schema the directives that SmallRye GraphQL declares in every schema whether or not anything applies
 * them, and with them the scalars that only their arguments use: {@code @constraint} (Bean Validation's limits,
 * documented on the arguments and input fields that have them) takes {@code BigInteger} and {@code BigDecimal}
 * arguments, which the schema would otherwise declare with no field using them. A directive applied anywhere stays,
 * and with it the scalars it needs. A service loaded by SmallRye, as {@link EngineBuildHook} is.
 */
public class UnappliedDirectives implements EventingService {

    /** None: the schema is always pruned. */
    @Override
    public String getConfigKey() {
        return null;
    }

    @Override
    public GraphQLSchema.Builder beforeSchemaBuild(GraphQLSchema.Builder builder) {
        // the builder does not tell what it holds: a first build does, and the directives stay out of the second
        // unless something applies them; the specification's own (@include and @skip, which documents apply, and
        // @deprecated, @specifiedBy, @oneOf) always stay
        GraphQLSchema draft = builder.build();
        Map<String, Integer> applications = SchemaUsageSupport.getSchemaUsage(draft).getDirectiveReferenceCounts();
        Set<GraphQLDirective> kept = draft.getDirectives().stream()
                .filter(directive -> DirectiveInfo.isGraphqlSpecifiedDirective(directive)
                        || applications.getOrDefault(directive.getName(), 0) > 0)
                .collect(Collectors.toSet());
        return builder.clearDirectives().additionalDirectives(kept);
    }
}
