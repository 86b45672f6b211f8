package io.newsgraph.article;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import io.newsgraph.author.Author;
import io.newsgraph.core.language.LanguageTag;
import io.newsgraph.core.node.GlobalId;
import io.newsgraph.core.planning.model.FilterField;
import io.newsgraph.core.sql.Condition;
import io.newsgraph.source.Source;
import io.newsgraph.tag.Tag;

/**
 * What each field of {@link ArticleFilter} narrows a list of articles to: how its value is checked and
 * decoded, and the condition it adds. Both read paths build their filters from these.
 */
public enum ArticleFilterField implements FilterField {
    AUTHOR_ID("authorId", ArticleFilter::authorId, id -> GlobalId.decodeKey(id, Author.TYPE),
            key -> Condition.equal("author", key)),
    AUTHOR_SLUG("authorSlug", ArticleFilter::authorSlug, slug -> slug,
            slug -> Condition.related("author", Condition.equal("slug", slug))),
    SOURCE_ID("sourceId", ArticleFilter::sourceId, id -> GlobalId.decodeKey(id, Source.TYPE),
            key -> Condition.equal("source", key)),
    SOURCE_SLUG("sourceSlug", ArticleFilter::sourceSlug, slug -> slug,
            slug -> Condition.related("source", Condition.equal("slug", slug))),
    TAG_ID("tagId", ArticleFilter::tagId, id -> GlobalId.decodeKey(id, Tag.TYPE),
            key -> Condition.contains("tags", key)),
    TAG_SLUG("tagSlug", ArticleFilter::tagSlug, slug -> slug,
            slug -> Condition.containsWhere("tags", Condition.equal("slug", slug))),
    LANGUAGE("language", ArticleFilter::language, LanguageTag::requireValid,
            tag -> Condition.languageOrSubtag("language", tag)),
    /** Who may see which statuses is {@link ArticleListings#listedFor}'s business: this only narrows the list. */
    STATUS("status", filter -> filter.status() == null ? null : filter.status().name(), ArticleStatus::valueOf,
            status -> Condition.equal("status", status));

    private final String field;
    private final Function<ArticleFilter, String> valueIn;
    private final Function<String, Object> decoder;
    private final Function<Object, Condition> condition;

    ArticleFilterField(String field, Function<ArticleFilter, String> valueIn, Function<String, Object> decoder,
            Function<Object, Condition> condition) {
        this.field = field;
        this.valueIn = valueIn;
        this.decoder = decoder;
        this.condition = condition;
    }

    @Override
    public String field() {
        return field;
    }

    @Override
    public Object decode(String value) {
        return decoder.apply(value);
    }

    @Override
    public Condition condition(Object decodedValue) {
        return condition.apply(decodedValue);
    }

    /** Every condition a filter given to the resolvers asks for; all values decoded and checked first. */
    static Condition of(ArticleFilter filter) {
        if (filter == null) {
            return Condition.always();
        }
        List<Condition> conditions = Arrays.stream(values())
                .filter(field -> field.valueIn.apply(filter) != null)
                .map(field -> field.condition(field.decode(field.valueIn.apply(filter))))
                .toList();
        return Condition.all(conditions);
    }
}
