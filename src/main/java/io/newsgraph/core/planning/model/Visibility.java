package io.newsgraph.core.planning.model;

import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a requester may see, as the read model tells it apart: the roles a bearer token granted, none for a reader. A
 * plan is compiled for one visibility, so that what a role sees is written into the statement a plan runs rather than
 * switched by a parameter: a reader's statement stays the one it always was, whose conditions PostgreSQL's generic plan
 * (after pgjdbc prepares it on the server) can use, where {@code status = 'PUBLISHED' or $1} would cost every reader.
 *
 * @param roles sorted, so that one set of roles is one key of the plans' cache
 */
public record Visibility(Set<String> roles) {

    /** What every reader sees: requests without credentials. */
    public static final Visibility READER = new Visibility(Set.of());

    public Visibility {
        roles = Collections.unmodifiableSet(new TreeSet<>(roles));
    }

    public boolean has(String role) {
        return roles.contains(role);
    }

    /** The characters it adds to a key of the plans' cache, for its weight. */
    public int length() {
        return roles.stream().mapToInt(String::length).sum();
    }
}
