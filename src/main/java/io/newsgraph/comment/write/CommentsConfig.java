package io.newsgraph.comment.write;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "newsgraph.comments")
interface CommentsConfig {

    /** Whether new comments are APPROVED at once, shown without moderation, rather than PENDING. */
    @WithDefault("false")
    boolean approveAtOnce();
}
