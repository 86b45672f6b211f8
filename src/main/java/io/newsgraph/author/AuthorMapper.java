package io.newsgraph.author;

import io.newsgraph.core.node.GlobalId;
import io.newsgraph.core.pagination.KeysetOrder;
import io.newsgraph.core.pagination.PageInfo;
import io.newsgraph.core.pagination.Slice;
import io.newsgraph.core.pagination.TotalCount;

public final class AuthorMapper {

    private AuthorMapper() {
    }

    public static Author toAuthor(AuthorEntity entity) {
        return new Author(GlobalId.encode(Author.TYPE, entity.id), entity.slug, entity.name, entity.bio,
                entity.location, Math.toIntExact(entity.version), entity.id);
    }

    static SocialLink toSocialLink(SocialLinkEmbeddable link) {
        return new SocialLink(link.network, link.url, link.handle);
    }

    static AuthorConnection toConnection(Slice<AuthorEntity> slice, KeysetOrder<AuthorEntity> order,
            TotalCount count) {
        return new AuthorConnection(slice.edges(order, AuthorMapper::toAuthor, AuthorEdge::new),
                PageInfo.of(slice, order), count);
    }
}
