package io.newsgraph.core.write;

/** What an editor writes of any named content (an author, a source, a tag): its name, and optionally its slug. */
public interface NamedContentInput {

    String name();

    /** The editor's slug; null for one made from the name (new content) or to keep the one it has (a change). */
    String slug();
}
