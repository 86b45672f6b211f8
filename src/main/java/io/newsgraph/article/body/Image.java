package io.newsgraph.article.body;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("The picture shown at the top of an article.")
public record Image(
        @NonNull String url,
        @NonNull @Description("Describes the picture for readers who cannot see it.") String alt) {
}
