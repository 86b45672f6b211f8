package io.newsgraph.author.write;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.newsgraph.author.Author;

@Type("AuthorPayload")
@Description("The answer to a change of an author.")
public record AuthorPayload(@NonNull @Description("The author as the change saved them.") Author author) {
}
