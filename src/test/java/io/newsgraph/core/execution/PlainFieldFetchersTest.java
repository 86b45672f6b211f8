package io.newsgraph.core.execution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import java.util.TreeSet;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import graphql.schema.DataFetcher;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import io.quarkus.test.junit.QuarkusTest;

/**
 * In the schema the service runs, every field is read by a light {@link PlainFieldFetcher} except those that
 * methods of the {@code @GraphQLApi} classes resolve, which keep SmallRye's fetchers: the ones listed, the mutations
 * and the subscriptions.
 */
@QuarkusTest
class PlainFieldFetchersTest {

    private static final Set<String> RESOLVED_BY_METHODS = Set.of(
            "Query.article", "Query.articles", "Query.author", "Query.authors", "Query.node", "Query.source",
            "Query.sources", "Query.tag", "Query.tags", "Query.moderationQueue",
            "Article.author", "Article.commentCount", "Article.comments", "Article.paragraphs", "Article.source",
            "Article.tags", "Author.articles", "Author.socialLinks", "Comment.article", "Comment.parent",
            "Comment.replies", "Source.articles", "Tag.articles",
            "ArticleConnection.totalCount", "AuthorConnection.totalCount", "CommentConnection.totalCount",
            "SourceConnection.totalCount", "TagConnection.totalCount");

    @Inject
    GraphQLSchema schema;

    @Test
    void everyFieldButTheResolvedOnesIsReadByALightFetcher() {
        Set<String> notLight = new TreeSet<>();
        for (GraphQLObjectType type : schema.getAllTypesAsList().stream()
                .filter(GraphQLObjectType.class::isInstance).map(GraphQLObjectType.class::cast)
                .filter(type -> !type.getName().startsWith("__")).toList()) {
            for (GraphQLFieldDefinition field : type.getFieldDefinitions()) {
                DataFetcher<?> fetcher = schema.getCodeRegistry()
                        .getDataFetcher(FieldCoordinates.coordinates(type, field), field);
                if (!(fetcher instanceof PlainFieldFetcher)) {
                    notLight.add(type.getName() + "." + field.getName());
                }
            }
        }
        Set<String> resolved = new TreeSet<>(RESOLVED_BY_METHODS);
        // every mutation and every subscription is a method
        schema.getMutationType().getFieldDefinitions().forEach(field -> resolved.add("Mutation." + field.getName()));
        schema.getSubscriptionType().getFieldDefinitions()
                .forEach(field -> resolved.add("Subscription." + field.getName()));
        assertEquals(resolved, notLight);
    }
}
