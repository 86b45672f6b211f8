package io.newsgraph.core.execution;

import graphql.schema.GraphQLAppliedDirective;
import graphql.schema.GraphQLDirective;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLSchemaElement;
import graphql.schema.GraphQLTypeVisitorStub;
import graphql.schema.SchemaTransformer;
import graphql.schema.idl.DirectiveInfo;
import graphql.util.TraversalControl;
import graphql.util.TraverserContext;
import graphql.util.TreeTransformerUtil;
import io.smallrye.graphql.spi.EventingService;

/**
 * Leaves out of the schema the directives that SmallRye GraphQL adds on its own, where they are applied and where
 * they are declared: the schema is served without directives ({@code schema-include-directives=false}) and
 * introspection does not say where a directive applies, so no client sees them applied. {@code @constraint}
 * (Bean Validation's limits on arguments and input fields) would otherwise keep the scalars of its arguments,
 * {@code BigInteger} and {@code BigDecimal}, in a schema where nothing else uses them. The specification's own
 * directives (@include and @skip, which documents apply, and @deprecated, @specifiedBy, @oneOf) always stay. A service
 * loaded by SmallRye, as {@link EngineBuildHook} is.
 */
public class UnappliedDirectives implements EventingService {

    /** None: the schema is always pruned. */
    @Override
    public String getConfigKey() {
        return null;
    }

    @Override
    public GraphQLSchema.Builder beforeSchemaBuild(GraphQLSchema.Builder builder) {
        return GraphQLSchema.newSchema(SchemaTransformer.transformSchema(builder.build(), new GraphQLTypeVisitorStub() {
            // a GraphQLDirective is either a declaration or, as SmallRye applies them, an application
            @Override
            public TraversalControl visitGraphQLDirective(GraphQLDirective directive,
                    TraverserContext<GraphQLSchemaElement> context) {
                return keepSpecified(directive.getName(), context);
            }

            @Override
            public TraversalControl visitGraphQLAppliedDirective(GraphQLAppliedDirective directive,
                    TraverserContext<GraphQLSchemaElement> context) {
                return keepSpecified(directive.getName(), context);
            }
        }));
    }

    private static TraversalControl keepSpecified(String directive, TraverserContext<GraphQLSchemaElement> context) {
        return DirectiveInfo.isGraphqlSpecifiedDirective(directive) ? TraversalControl.CONTINUE
                : TreeTransformerUtil.deleteNode(context);
    }
}
