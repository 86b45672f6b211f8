package io.newsgraph.author;

import org.eclipse.microprofile.graphql.Description;

@Description("Where an author can be followed.")
public enum SocialNetwork {
    X,
    MASTODON,
    BLUESKY,
    LINKEDIN,
    WEBSITE
}
