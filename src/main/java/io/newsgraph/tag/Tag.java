package io.newsgraph.tag;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.newsgraph.core.node.Node;
import io.newsgraph.core.write.Edits;

@Type("Tag")
@Description("A topic readers filter articles by: a country, an organisation, a region.")
public record Tag(
        @Id @NonNull String id,
        @NonNull @Description("The unique, URL-friendly name of the tag.") String slug,
        @NonNull String name,
        @Description(Edits.VERSION_DESCRIPTION) int version,
        @Ignore long key) implements Node {

    public static final String TYPE = "Tag";
}
