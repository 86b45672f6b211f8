package io.newsgraph.tag;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("TagPayload")
@Description("The answer to a change of a tag.")
public record TagPayload(@NonNull @Description("The tag as the change saved it.") Tag tag) {
}
