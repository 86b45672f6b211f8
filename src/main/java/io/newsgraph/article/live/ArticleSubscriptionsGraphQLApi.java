package io.newsgraph.article.live;

import jakarta.annotation.security.PermitAll;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;

import io.newsgraph.article.Article;
import io.newsgraph.core.language.LanguageTag;
import io.smallrye.graphql.api.Subscription;
import io.smallrye.mutiny.Multi;

/** Live articles, for a front page that shows new articles as they are published. */
@GraphQLApi
public class ArticleSubscriptionsGraphQLApi {

    private final ArticleEvents articleEvents;

    ArticleSubscriptionsGraphQLApi(ArticleEvents articleEvents) {
        this.articleEvents = articleEvents;
    }

    @Subscription
    @PermitAll
    @Description("Each article published from now on, in this language (BCP 47; `fr` also matches regional tags such"
            + " as `fr-CA`), or in any language. Completes when the service may have missed some (its database"
            + " connection broke, or the client fell behind): read the articles again and subscribe again. An argument"
            + " refused gives one null with its error.")
    public Multi<Article> articlePublished(String language) {
        return articleEvents.published(language == null ? null : LanguageTag.requireValid(language));
    }
}
