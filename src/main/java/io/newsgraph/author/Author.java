package io.newsgraph.author;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.newsgraph.core.node.Node;
import io.newsgraph.core.write.Edits;

@Type("Author")
@Description("A person who writes articles.")
public record Author(
        @Id @NonNull String id,
        @NonNull @Description("The unique, URL-friendly name of the author.") String slug,
        @NonNull String name,
        @Description("A short biography, shown at the end of the author's articles.") String bio,
        @Description("Where the author is based, e.g. `Washington, DC`.") String location,
        @Description(Edits.VERSION_DESCRIPTION) int version,
        @Ignore long key) implements Node {

    public static final String TYPE = "Author";
}
