package io.newsgraph.article.live;

import jakarta.enterprise.context.ApplicationScoped;

import io.newsgraph.article.Article;
import io.newsgraph.article.ArticleEntity;
import io.newsgraph.article.ArticleMapper;
import io.newsgraph.article.ArticleService;
import io.newsgraph.core.events.Feed;
import io.newsgraph.core.events.LiveEvents;
import io.newsgraph.core.language.LanguageTag;
import io.smallrye.mutiny.Multi;

/**
 * Articles as they are published, whoever publishes them: through this copy, another one, or any other client of the
 * database. An article published again after it was unpublished is an event again.
 */
@ApplicationScoped
class ArticleEvents {

    private final Feed<Article> published;

    ArticleEvents(LiveEvents events, ArticleService articles) {
        this.published = events.feed("articlePublished", ArticleEntity.class, "status",
                keys -> articles.findPublished(keys).values().stream().map(ArticleMapper::toArticle).toList(),
                Article::key);
    }

    /** The articles published from now on, in a language (and its regional variants) or in any when it is null. */
    Multi<Article> published(String language) {
        return published.subscribe(article -> language == null || LanguageTag.covers(language, article.language()));
    }
}
