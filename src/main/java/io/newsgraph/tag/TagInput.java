package io.newsgraph.tag;

import jakarta.validation.constraints.NotBlank;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

import io.newsgraph.core.validation.Slug;
import io.newsgraph.core.validation.Text;
import io.newsgraph.core.write.NamedContentInput;

@Input("TagInput")
@Description("A tag as an editor writes it; a change keeps the slug when it is left out.")
public record TagInput(
        @NonNull @NotBlank @Text(max = 100) @Description("The topic's name, unique among tags.") String name,
        @Slug @Description("The tag's URL-friendly name; made from the name when a new tag has none.") String slug)
        implements
            NamedContentInput {
}
