package io.newsgraph.sampledata;

import java.time.Instant;
import java.util.List;

import io.newsgraph.article.ArticleStatus;
import io.newsgraph.author.SocialNetwork;
import io.newsgraph.comment.CommentStatus;
import io.quarkus.runtime.annotations.RegisterForReflection;

/** The sample content as the JSON resource holds it; rows refer to each other by slug. */
@RegisterForReflection
record SampleData(List<Source> sources, List<Author> authors, List<Tag> tags, List<Article> articles) {

    @RegisterForReflection
    record Source(String slug, String name, String url, String language) {
    }

    @RegisterForReflection
    record Author(String slug, String name, String bio, String location, List<SocialLink> socialLinks) {
    }

    @RegisterForReflection
    record SocialLink(SocialNetwork network, String url, String handle) {
    }

    @RegisterForReflection
    record Tag(String slug, String name) {
    }

    @RegisterForReflection
    record Article(String slug, String title, String lede, List<String> body, String language, ArticleStatus status,
            String byline, Instant publishedAt, Instant updatedAt, String imageUrl, String imageAlt,
            String canonicalUrl, String author, String source, List<String> tags, List<Comment> comments) {
    }

    @RegisterForReflection
    record Comment(String authorName, String authorEmail, String body, CommentStatus status, Instant createdAt,
            List<Comment> replies) {
    }
}
