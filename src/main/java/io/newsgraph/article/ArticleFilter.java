package io.newsgraph.article;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

@Input("ArticleFilter")
@Description("Narrows a list of articles; every field given must match.")
public record ArticleFilter(
        @Id @Description("Articles by this author.") String authorId,
        @Description("Articles by the author with this slug.") String authorSlug,
        @Id @Description("Articles from this source.") String sourceId,
        @Description("Articles from the source with this slug.") String sourceSlug,
        @Id @Description("Articles with this tag.") String tagId,
        @Description("Articles with the tag of this slug.") String tagSlug,
        @Description("Articles in this language (BCP 47); `fr` also matches regional tags such as `fr-CA`.") String language,
        @Description("Articles in this status; PUBLISHED when not given. Only editors see drafts and archived articles:"
                + " for anyone else their lists are empty. Drafts, which have no publication time, are ordered by their"
                + " last update.") ArticleStatus status) {
}
