package io.newsgraph.core.write;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("DeletePayload")
@Description("What a delete removed.")
public record DeletePayload(@Id @NonNull @Description("The id of what was deleted.") String deletedId) {
}
