package io.newsgraph.article;

import java.time.Instant;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.newsgraph.article.body.Image;
import io.newsgraph.core.node.Node;
import io.newsgraph.core.write.Edits;

@Type("Article")
@Description("A news article, in one language, with its author, its source and its topics.")
public record Article(
        @Id @NonNull String id,
        @NonNull @Description("The unique, URL-friendly name of the article.") String slug,
        @NonNull String title,
        @NonNull @Description("The standfirst: the paragraph under the title that sums the article up.") String lede,
        @NonNull @Description("The text of the article, its paragraphs separated by a blank line.") String body,
        @NonNull @Description("The language of the article, as a BCP 47 tag such as `fr` or `en-GB`.") String language,
        @NonNull ArticleStatus status,
        @Description("The desk or team credited at the top of the article, when it is not the author.") String byline,
        @Description("When the article was published; null for a draft.") Instant publishedAt,
        @NonNull Instant updatedAt,
        @Description(Edits.VERSION_DESCRIPTION) int version,
        @NonNull @Description("How long the body takes to read, in minutes, rounded up.") Integer readingTimeMinutes,
        Image image,
        @Description("The address of the original publication, when this article was translated or adapted.") String canonicalUrl,
        @Ignore long key,
        @Ignore long authorKey,
        @Ignore Long sourceKey) implements Node {

    public static final String TYPE = "Article";
}
