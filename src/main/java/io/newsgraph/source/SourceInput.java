package io.newsgraph.source;

import jakarta.validation.constraints.NotBlank;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

import io.newsgraph.core.validation.Language;
import io.newsgraph.core.validation.Slug;
import io.newsgraph.core.validation.Text;
import io.newsgraph.core.validation.Visible;
import io.newsgraph.core.validation.WebAddress;
import io.newsgraph.core.write.NamedContentInput;

@Input("SourceInput")
@Description("A source as an editor writes it. A change replaces every field, except the slug, which is kept when left"
        + " out.")
public record SourceInput(
        @NonNull @Visible @Text(max = 200) String name,
        @Slug @Description("The source's URL-friendly name; made from the name when a new source has none.") String slug,
        @NonNull @NotBlank @WebAddress @Description("The publication's home page.") String url,
        @NonNull @NotBlank @Language @Description("The publication's language, as a BCP 47 tag.") String language)
        implements
            NamedContentInput {
}
