package io.newsgraph.core.node;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Interface;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

/** Anything that can be fetched again by its global id, as the Relay specification defines. */
@Interface("Node")
@Description("An object with a global id that `node(id:)` fetches again.")
public interface Node {

    @Id
    @NonNull
    @Name("id")
    @Description("The globally unique, opaque id of this object.")
    String id();
}
