package io.newsgraph.article.write;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.newsgraph.article.Article;

@Type("ArticlePayload")
@Description("The answer to a change of an article.")
public record ArticlePayload(@NonNull @Description("The article as the change saved it.") Article article) {
}
