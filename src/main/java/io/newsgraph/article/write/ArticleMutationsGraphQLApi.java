package io.newsgraph.article.write;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;

import io.newsgraph.article.Article;
import io.newsgraph.article.ArticleEntity;
import io.newsgraph.article.ArticleMapper;
import io.newsgraph.core.node.GlobalId;
import io.newsgraph.core.security.Roles;
import io.newsgraph.core.write.DeletePayload;
import io.newsgraph.core.write.IdempotencyKey;
import io.smallrye.graphql.api.Nullable;

/** What editors do to articles; see {@link ArticleWriteService}. */
@GraphQLApi
@RolesAllowed(Roles.EDITOR)
public class ArticleMutationsGraphQLApi {

    /** Typed String rather than ID: SmallRye GraphQL 2.17 fails to read the values of an {@code @Id} list argument. */
    private static final String TAG_IDS = "The ids of the article's tags.";

    private final ArticleWriteService articleWriteService;

    ArticleMutationsGraphQLApi(ArticleWriteService articleWriteService) {
        this.articleWriteService = articleWriteService;
    }

    @Mutation
    @Description("Writes a new article, a draft, with the tags given. Editors only.")
    public ArticlePayload createArticle(@NonNull @Valid ArticleInput input,
            // may be left out, for its default; without @Nullable SmallRye takes the ids' @NonNull for the list's own
            // and warns at every start that the default overrides it
            @Nullable @DefaultValue("[]") @Description(TAG_IDS) List<@NonNull String> tagIds,
            @IdempotencyKey @Description(IdempotencyKey.DESCRIPTION) String idempotencyKey) {
        return payload(articleWriteService.create(input, tagIds, idempotencyKey));
    }

    @Mutation
    @Description("Rewrites an article from the version the editor read. Editors only.")
    public ArticlePayload updateArticle(@NonNull @Id String id, int version, @NonNull @Valid ArticleInput input,
            @IdempotencyKey @Description(IdempotencyKey.DESCRIPTION) String idempotencyKey) {
        return payload(articleWriteService.update(key(id), version, input, idempotencyKey));
    }

    @Mutation
    @Description("Publishes a draft or an archived article as of now: readers see it. Editors only.")
    public ArticlePayload publishArticle(@NonNull @Id String id, int version,
            @IdempotencyKey @Description(IdempotencyKey.DESCRIPTION) String idempotencyKey) {
        return payload(articleWriteService.publish(key(id), version, idempotencyKey));
    }

    @Mutation
    @Description("Takes a published article back to the drafts. Editors only.")
    public ArticlePayload unpublishArticle(@NonNull @Id String id, int version,
            @IdempotencyKey @Description(IdempotencyKey.DESCRIPTION) String idempotencyKey) {
        return payload(articleWriteService.unpublish(key(id), version, idempotencyKey));
    }

    @Mutation
    @Description("Archives a published article: readers no longer see it. Editors only.")
    public ArticlePayload archiveArticle(@NonNull @Id String id, int version,
            @IdempotencyKey @Description(IdempotencyKey.DESCRIPTION) String idempotencyKey) {
        return payload(articleWriteService.archive(key(id), version, idempotencyKey));
    }

    // named explicitly: SmallRye GraphQL takes "set" for the prefix of a setter
    @Mutation("setArticleTags")
    @Description("Replaces an article's tags. Editors only.")
    public ArticlePayload setArticleTags(@NonNull @Id String id, int version,
            @NonNull @Description(TAG_IDS) List<@NonNull String> tagIds,
            @IdempotencyKey @Description(IdempotencyKey.DESCRIPTION) String idempotencyKey) {
        return payload(articleWriteService.setTags(key(id), version, tagIds, idempotencyKey));
    }

    @Mutation
    @Description("Deletes an article and its comments. Editors only.")
    public DeletePayload deleteArticle(@NonNull @Id String id, int version,
            @IdempotencyKey @Description(IdempotencyKey.DESCRIPTION) String idempotencyKey) {
        return new DeletePayload(GlobalId.encode(Article.TYPE, articleWriteService.delete(key(id), version, idempotencyKey)));
    }

    private static long key(String id) {
        return GlobalId.decodeKey(id, Article.TYPE);
    }

    private static ArticlePayload payload(ArticleEntity article) {
        return new ArticlePayload(ArticleMapper.toArticle(article));
    }
}
