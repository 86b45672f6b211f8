package io.newsgraph.article;

import org.eclipse.microprofile.graphql.Description;

import io.newsgraph.core.pagination.CursorValueType;
import io.newsgraph.core.pagination.KeysetOrder;
import io.newsgraph.core.pagination.SortDirection;

@Description("The orders articles can be listed in.")
public enum ArticleOrder {
    @Description("Newest first.")
    PUBLISHED_AT_DESC(SortDirection.DESC),
    @Description("Oldest first.")
    PUBLISHED_AT_ASC(SortDirection.ASC);

    private final KeysetOrder<ArticleEntity> keyset;

    ArticleOrder(SortDirection direction) {
        this.keyset = new KeysetOrder<>("article." + name(), "publishedAt", direction, CursorValueType.INSTANT,
                article -> article.publishedAt, article -> article.id);
    }

    KeysetOrder<ArticleEntity> keyset() {
        return keyset;
    }
}
