package io.newsgraph.tag;

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

/** What editors do to tags; see {@link io.newsgraph.core.write.NamedContentWrites}. */
@GraphQLApi
@RolesAllowed(Roles.EDITOR)
public class TagMutationsGraphQLApi {

    private final TagWriteService tagWriteService;

    TagMutationsGraphQLApi(TagWriteService tagWriteService) {
        this.tagWriteService = tagWriteService;
    }

    @Mutation
    @Description("Adds a tag. Editors only.")
    public TagPayload createTag(@NonNull @Valid TagInput input,
            @IdempotencyKey @Description(IdempotencyKey.DESCRIPTION) String idempotencyKey) {
        return payload(tagWriteService.create(input, idempotencyKey));
    }

    @Mutation
    @Description("Renames a tag from the version the editor read. Editors only.")
    public TagPayload updateTag(@NonNull @Id String id, int version, @NonNull @Valid TagInput input,
            @IdempotencyKey @Description(IdempotencyKey.DESCRIPTION) String idempotencyKey) {
        return payload(tagWriteService.update(GlobalId.decodeKey(id, Tag.TYPE), version, input, idempotencyKey));
    }

    @Mutation
    @Description("Deletes a tag no article has. Editors only.")
    public DeletePayload deleteTag(@NonNull @Id String id, int version,
            @IdempotencyKey @Description(IdempotencyKey.DESCRIPTION) String idempotencyKey) {
        return new DeletePayload(GlobalId.encode(Tag.TYPE,
                tagWriteService.delete(GlobalId.decodeKey(id, Tag.TYPE), version, idempotencyKey)));
    }

    private static TagPayload payload(TagEntity tag) {
        return new TagPayload(TagMapper.toTag(tag));
    }
}
