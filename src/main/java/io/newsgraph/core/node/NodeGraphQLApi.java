package io.newsgraph.core.node;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.inject.Instance;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

@GraphQLApi
public class NodeGraphQLApi {

    private final Map<String, NodeLoader> loadersByType;

    NodeGraphQLApi(Instance<NodeLoader> loaders) {
        this.loadersByType = loaders.stream().collect(Collectors.toMap(NodeLoader::type, Function.identity()));
    }

    @Query
    @Description("Fetches any object by its global id; null when it does not exist or is not visible.")
    public Node node(@NonNull @Id String id) {
        GlobalId globalId = GlobalId.decode(id);
        NodeLoader loader = loadersByType.get(globalId.type());
        if (loader == null) {
            throw GlobalId.invalid(id);
        }
        return loader.load(globalId.key()).orElse(null);
    }
}
