package io.newsgraph.author;

/**
 * What refers to an author, which is not deleted while anything does: the articles it wrote. The article feature, which
 * depends on this one, answers it, so that authors need not know articles.
 */
public interface AuthorReferences {

    /** How many articles, of any status, the author wrote. */
    long articlesBy(long authorKey);
}
