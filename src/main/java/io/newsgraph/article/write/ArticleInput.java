package io.newsgraph.article.write;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

import io.newsgraph.core.validation.Language;
import io.newsgraph.core.validation.Slug;
import io.newsgraph.core.validation.Text;
import io.newsgraph.core.validation.WebAddress;

@Input("ArticleInput")
@Description("An article as an editor writes it. A change replaces every field: one left out is cleared, except the"
        + " slug, which is kept.")
public record ArticleInput(
        @NonNull @NotBlank @Text(max = 300) String title,
        @Slug @Description("The article's URL-friendly name; made from the title when a new article has none.") String slug,
        @NonNull @NotBlank @Text(max = 2_000) @Description("The standfirst under the title.") String lede,
        @NonNull @NotBlank @Text(max = 100_000) @Description("The text, its paragraphs separated by a blank line.") String body,
        @NonNull @NotBlank @Language @Description("A BCP 47 tag such as `fr` or `en-GB`.") String language,
        @Text(max = 200) @Description("The desk or team credited, when it is not the author.") String byline,
        @Valid ImageInput image,
        @WebAddress @Description("The address of the original publication, for a translated or adapted article.") String canonicalUrl,
        @Id @NonNull @NotBlank String authorId,
        @Id @Description("The publication the article was translated or adapted from.") String sourceId) {
}
