package io.newsgraph.tag;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

import io.newsgraph.core.validation.Slug;
import io.newsgraph.core.validation.Text;
import io.newsgraph.core.validation.Visible;
import io.newsgraph.core.write.NamedContentInput;

@Input("TagInput")
@Description("A tag as an editor writes it; a change keeps the slug when it is left out.")
public record TagInput(
        @NonNull @Visible @Text(max = 100) @Description("The topic's name. No two tags have names that read the same: they are compared case-insensitively, after Unicode normalisation (NFKC), without invisible characters, and with look-alike letters (a Cyrillic `о` for a Latin `o`) taken as one.") String name,
        @Slug @Description("The tag's URL-friendly name; made from the name when a new tag has none.") String slug)
        implements
            NamedContentInput {
}
