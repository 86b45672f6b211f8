package io.newsgraph.article;

import jakarta.enterprise.context.ApplicationScoped;

import io.newsgraph.author.AuthorReferences;
import io.newsgraph.source.SourceReferences;
import io.newsgraph.tag.TagReferences;

/** The articles that refer to an author, a source or a tag, which their writes ask before deleting one. */
@ApplicationScoped
class ArticleReferences implements AuthorReferences, SourceReferences, TagReferences {

    @Override
    public long articlesBy(long authorKey) {
        return ArticleEntity.count("author.id", authorKey);
    }

    @Override
    public long articlesFrom(long sourceKey) {
        return ArticleEntity.count("source.id", sourceKey);
    }

    @Override
    public long articlesTagged(long tagKey) {
        return ArticleEntity.count("from ArticleEntity a join a.tags t where t.id = ?1", tagKey);
    }
}
