package io.newsgraph.author.write;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

import io.newsgraph.core.validation.Slug;
import io.newsgraph.core.validation.Text;
import io.newsgraph.core.validation.Visible;
import io.newsgraph.core.write.NamedContentInput;
import io.smallrye.graphql.api.Nullable;

@Input("AuthorInput")
@Description("An author as an editor writes them. A change replaces every field: one left out is cleared, except the"
        + " slug, which is kept.")
public record AuthorInput(
        @NonNull @Visible @Text(max = 200) String name,
        @Slug @Description("The author's URL-friendly name; made from the name when a new author has none.") String slug,
        @Text(max = 5_000) @Description("A short biography, shown at the end of the author's articles.") String bio,
        @Text(max = 200) @Description("Where the author is based, e.g. `Washington, DC`.") String location,
        // may be left out, for its default; without @Nullable SmallRye takes the links' @NonNull for the list's own
        // and warns at every start that the default overrides it
        @Nullable @Size(max = 5) @DefaultValue("[]") @Description("Where to follow the author: one link per network.") List<@NonNull @Valid SocialLinkInput> socialLinks)
        implements
            NamedContentInput {
}
