package io.newsgraph.testing.differential;

import io.newsgraph.core.security.Roles;
import io.newsgraph.testing.Tokens;

/**
 * Who sends a read: a reader, without credentials, or an editor or a moderator with a bearer token. What each sees
 * differs (editors find drafts and archived articles), and both paths must see it alike.
 */
public enum Credentials {
    READER,
    EDITOR(Roles.EDITOR),
    MODERATOR(Roles.MODERATOR);

    private final String[] roles;

    Credentials(String... roles) {
        this.roles = roles;
    }

    /** A token valid for an hour, longer than any run; null for a reader, who sends none. */
    String token() {
        return this == READER ? null : Tokens.withRoles(roles);
    }
}
