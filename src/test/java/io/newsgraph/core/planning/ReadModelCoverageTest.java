package io.newsgraph.core.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLTypeUtil;
import io.newsgraph.core.planning.model.PlannedField;
import io.newsgraph.core.planning.model.ReadModel;
import io.newsgraph.testing.differential.ServedSchema;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Issue 17, item 4: a field added to a type the planner reads, but not to its {@code *ReadModel}, would send every
 * operation that selects it to the resolvers without a word. Walking the served schema, every field of a type read from
 * rows, of the objects embedded in them and of {@code Query} is declared for the planner or marked resolver-only by
 * its feature, and none is both.
 */
@QuarkusTest
class ReadModelCoverageTest {

    private static final String QUERY = "Query";
    /** Fields the planner answers itself, without a declaration: {@code node(id:)} finds every node type. */
    private static final Set<String> PLANNER_OWN_QUERY_FIELDS = Set.of("node");

    @Inject
    ReadModel model;

    @Test
    void everyFieldOfAPlannedTypeIsReadByThePlannerOrMarkedResolverOnly() {
        GraphQLSchema schema = ServedSchema.fetch();
        List<String> problems = new ArrayList<>();
        for (ReadModel.TypeModel type : model.types()) {
            GraphQLObjectType object = schema.getObjectType(type.name());
            for (GraphQLFieldDefinition field : object.getFieldDefinitions()) {
                PlannedField source = type.fields().get(field.getName());
                check(problems, type.name(), field.getName(), source != null);
                if (source instanceof PlannedField.Embedded embedded) {
                    embeddedFields(problems, field, embedded.attributesByField());
                } else if (source instanceof PlannedField.Elements elements) {
                    embeddedFields(problems, field, elements.attributesByField());
                }
            }
        }
        for (GraphQLFieldDefinition field : schema.getQueryType().getFieldDefinitions()) {
            check(problems, QUERY, field.getName(), model.queryField(field.getName()).isPresent()
                    || PLANNER_OWN_QUERY_FIELDS.contains(field.getName()));
        }
        assertEquals(List.of(), problems);
    }

    /** The fields of an object made of a row's own attributes (an image) or of its element collection (social links). */
    private void embeddedFields(List<String> problems, GraphQLFieldDefinition field,
            Map<String, String> attributesByField) {
        GraphQLObjectType object = (GraphQLObjectType) GraphQLTypeUtil.unwrapAll(field.getType());
        for (GraphQLFieldDefinition child : object.getFieldDefinitions()) {
            check(problems, object.getName(), child.getName(), attributesByField.containsKey(child.getName()));
        }
    }

    private void check(List<String> problems, String type, String field, boolean planned) {
        boolean resolverOnly = model.isResolverOnly(type, field);
        if (planned == resolverOnly) {
            problems.add(type + "." + field + (planned ? " is declared for the planner and marked resolver-only"
                    : " is neither declared in a *ReadModel nor marked resolver-only"));
        }
    }
}
