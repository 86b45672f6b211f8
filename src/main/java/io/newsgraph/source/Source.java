package io.newsgraph.source;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.newsgraph.core.node.Node;
import io.newsgraph.core.write.Edits;

@Type("Source")
@Description("A publication whose articles this site translates or adapts.")
public record Source(
        @Id @NonNull String id,
        @NonNull @Description("The unique, URL-friendly name of the source.") String slug,
        @NonNull String name,
        @NonNull @Description("The publication's home page.") String url,
        @NonNull @Description("The publication's language, as a BCP 47 tag.") String language,
        @Description(Edits.VERSION_DESCRIPTION) int version,
        @Ignore long key) implements Node {

    public static final String TYPE = "Source";
}
