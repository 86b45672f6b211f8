package io.newsgraph.tag;

/**
 * What refers to a tag, which is not deleted while anything does: the articles that carry it. The article feature, which
 * depends on this one, answers it, so that tags need not know articles.
 */
public interface TagReferences {

    /** How many articles, of any status, carry the tag. */
    long articlesTagged(long tagKey);
}
