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
    /** Drafts have no publication time: they are listed by their last update, in the same direction. */
    private final KeysetOrder<ArticleEntity> draftsKeyset;

    ArticleOrder(SortDirection direction) {
        this.keyset = new KeysetOrder<>("article." + name(), "publishedAt", direction, CursorValueType.INSTANT,
                article -> article.publishedAt, article -> article.id);
        this.draftsKeyset = new KeysetOrder<>("article.DRAFT." + name(), "updatedAt", direction,
                CursorValueType.INSTANT, article -> article.updatedAt, article -> article.id);
    }

    /**
     * The order a field's {@code orderBy} argument names, as graphql-java resolved it (its default included), for the
     * status its {@code filter} names, if any.
     */
    static KeysetOrder<ArticleEntity> keysetFor(Map<String, Object> arguments) {
        return valueOf(name(arguments.get("orderBy"))).keyset(status(arguments));
    }

    /** The status a field's {@code filter} argument names, as graphql-java resolved it; null when it names none. */
    static ArticleStatus status(Map<String, Object> arguments) {
        Object status = arguments.get("filter") instanceof Map<?, ?> filter ? filter.get("status") : null;
        return status == null ? null : ArticleStatus.valueOf(name(status));
    }

    /** The order of articles in general, or in a list of one status. */
    KeysetOrder<ArticleEntity> keyset(ArticleStatus status) {
        return status == ArticleStatus.DRAFT ? draftsKeyset : keyset;
    }

    KeysetOrder<ArticleEntity> keyset() {
        return keyset;
    }

    private static String name(Object value) {
        return value instanceof Enum<?> constant ? constant.name() : String.valueOf(value);
    }
}
