package io.newsgraph.article;

import java.util.Map;

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

    /** The order a field's {@code orderBy} argument names, as graphql-java resolved it (its default included). */
    static KeysetOrder<ArticleEntity> keysetFor(Map<String, Object> arguments) {
        Object order = arguments.get("orderBy");
        return valueOf(order instanceof Enum<?> constant ? constant.name() : String.valueOf(order)).keyset;
    }

    KeysetOrder<ArticleEntity> keyset() {
        return keyset;
    }
}
