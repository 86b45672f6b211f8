package io.newsgraph.author;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("Where to follow an author.")
public record SocialLink(
        @NonNull SocialNetwork network,
        @NonNull String url,
        @Description("The author's handle on that network, e.g. `@name`, when it has handles.") String handle) {
}
