package io.newsgraph.source;

/**
 * What refers to a source, which is not deleted while anything does: the articles taken from it. The article feature,
 * which depends on this one, answers it, so that sources need not know articles.
 */
public interface SourceReferences {

    /** How many articles, of any status, come from the source. */
    long articlesFrom(long sourceKey);
}
