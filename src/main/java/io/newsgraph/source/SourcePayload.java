package io.newsgraph.source;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("SourcePayload")
@Description("The answer to a change of a source.")
public record SourcePayload(@NonNull @Description("The source as the change saved it.") Source source) {
}
