package io.newsgraph.site;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;

/**
 * The addresses of the reader's site (under {@code META-INF/resources}), answered with its {@code index.html}, whose
 * script renders the view each one names: so that an article's address, {@code /articles/<slug>}, can be bookmarked,
 * shared and reloaded. Only these paths: {@code /graphql} and Quarkus's {@code /q/} are never answered here.
 */
@ApplicationScoped
public class ReaderSiteRoutes {

    /** An article, author, source or topic by its slug, and the shortcut to GraphiQL opened on the front page's query. */
    static final String VIEWS = "/(articles|authors|sources|tags)/[^/]+|/graphiql";

    void install(@Observes Router router) {
        router.routeWithRegex(VIEWS).method(HttpMethod.GET).method(HttpMethod.HEAD)
                .handler(context -> context.reroute("/index.html"));
    }
}
