package io.newsgraph.source;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;

import io.newsgraph.core.node.GlobalId;
import io.newsgraph.core.security.Roles;
import io.newsgraph.core.write.DeletePayload;
import io.newsgraph.core.write.IdempotencyKey;

/** What editors do to sources; see {@link io.newsgraph.core.write.NamedContentWrites}. */
@GraphQLApi
@RolesAllowed(Roles.EDITOR)
public class SourceMutationsGraphQLApi {

    private final SourceWriteService sourceWriteService;

    SourceMutationsGraphQLApi(SourceWriteService sourceWriteService) {
        this.sourceWriteService = sourceWriteService;
    }

    @Mutation
    @Description("Adds a source. Editors only.")
    public SourcePayload createSource(@NonNull @Valid SourceInput input,
            @IdempotencyKey @Description(IdempotencyKey.DESCRIPTION) String idempotencyKey) {
        return payload(sourceWriteService.create(input, idempotencyKey));
    }

    @Mutation
    @Description("Rewrites a source from the version the editor read. Editors only.")
    public SourcePayload updateSource(@NonNull @Id String id, int version, @NonNull @Valid SourceInput input,
            @IdempotencyKey @Description(IdempotencyKey.DESCRIPTION) String idempotencyKey) {
        return payload(sourceWriteService.update(GlobalId.decodeKey(id, Source.TYPE), version, input, idempotencyKey));
    }

    @Mutation
    @Description("Deletes a source no article refers to. Editors only.")
    public DeletePayload deleteSource(@NonNull @Id String id, int version,
            @IdempotencyKey @Description(IdempotencyKey.DESCRIPTION) String idempotencyKey) {
        return new DeletePayload(GlobalId.encode(Source.TYPE,
                sourceWriteService.delete(GlobalId.decodeKey(id, Source.TYPE), version, idempotencyKey)));
    }

    private static SourcePayload payload(SourceEntity source) {
        return new SourcePayload(SourceMapper.toSource(source));
    }
}
