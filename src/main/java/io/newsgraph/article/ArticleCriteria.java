package io.newsgraph.article;

/** What a reader filters articles by, with keys already decoded from global ids. */
record ArticleCriteria(Long authorKey, String authorSlug, Long sourceKey, String sourceSlug, Long tagKey,
        String tagSlug, String language) {

    static final ArticleCriteria NONE = new ArticleCriteria(null, null, null, null, null, null, null);
}
