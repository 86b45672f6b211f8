package io.newsgraph.article;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("ArticlePayload")
@Description("The answer to a change of an article.")
public record ArticlePayload(@NonNull @Description("The article as the change saved it.") Article article) {
}
