package io.newsgraph.author.write;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;

import io.newsgraph.author.Author;
import io.newsgraph.author.AuthorEntity;
import io.newsgraph.author.AuthorMapper;
import io.newsgraph.core.node.GlobalId;
import io.newsgraph.core.security.Roles;
import io.newsgraph.core.write.DeletePayload;
import io.newsgraph.core.write.IdempotencyKey;

/** What editors do to authors; see {@link io.newsgraph.core.write.NamedContentWrites}. */
@GraphQLApi
@RolesAllowed(Roles.EDITOR)
public class AuthorMutationsGraphQLApi {

    private final AuthorWriteService authorWriteService;

    AuthorMutationsGraphQLApi(AuthorWriteService authorWriteService) {
        this.authorWriteService = authorWriteService;
    }

    @Mutation
    @Description("Adds an author. Editors only.")
    public AuthorPayload createAuthor(@NonNull @Valid AuthorInput input,
            @IdempotencyKey @Description(IdempotencyKey.DESCRIPTION) String idempotencyKey) {
        return payload(authorWriteService.create(input, idempotencyKey));
    }

    @Mutation
    @Description("Rewrites an author from the version the editor read. Editors only.")
    public AuthorPayload updateAuthor(@NonNull @Id String id, int version, @NonNull @Valid AuthorInput input,
            @IdempotencyKey @Description(IdempotencyKey.DESCRIPTION) String idempotencyKey) {
        return payload(authorWriteService.update(GlobalId.decodeKey(id, Author.TYPE), version, input, idempotencyKey));
    }

    @Mutation
    @Description("Deletes an author no article refers to. Editors only.")
    public DeletePayload deleteAuthor(@NonNull @Id String id, int version,
            @IdempotencyKey @Description(IdempotencyKey.DESCRIPTION) String idempotencyKey) {
        return new DeletePayload(GlobalId.encode(Author.TYPE,
                authorWriteService.delete(GlobalId.decodeKey(id, Author.TYPE), version, idempotencyKey)));
    }

    private static AuthorPayload payload(AuthorEntity author) {
        return new AuthorPayload(AuthorMapper.toAuthor(author));
    }
}
