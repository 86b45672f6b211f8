package io.newsgraph.core.security;

/**
 * The roles a bearer token's {@code groups} claim grants. Readers need none: they read published content and
 * comment anonymously.
 */
public final class Roles {

    /** Writes and publishes articles, authors, sources and tags, and reads drafts and archived articles. */
    public static final String EDITOR = "editor";
    /** Works through the moderation queue: approves, rejects and deletes comments. */
    public static final String MODERATOR = "moderator";

    private Roles() {
    }
}
