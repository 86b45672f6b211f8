package io.newsgraph.core.execution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.newsgraph.article.ArticleStatus;
import io.smallrye.graphql.schema.model.AdaptTo;
import io.smallrye.graphql.schema.model.Field;
import io.smallrye.graphql.schema.model.Reference;
import io.smallrye.graphql.schema.model.ReferenceType;
import io.smallrye.graphql.schema.model.Wrapper;
import io.smallrye.graphql.schema.model.WrapperType;

/**
 * A plain field's value comes out as SmallRye's own fetcher gives it; the fields SmallRye rebuilds value by
 * value are left to it. The schema model is the one SmallRye's scanner makes for such record components.
 */
class PlainFieldFetcherTest {

    public record Card(String title, Instant publishedAt, ArticleStatus status, List<String> tags, Card related,
            List<Instant> revisions, Map<String, String> labels, String[] keywords) {
    }

    private static final Reference OWNER = reference(Card.class.getName(), ReferenceType.TYPE, null);
    private static final Instant PUBLISHED = Instant.parse("2026-11-29T10:15:30.123456Z");
    private static final Card CARD = new Card("Sahel", PUBLISHED, ArticleStatus.PUBLISHED, List.of("mali", "usa"),
            null, List.of(PUBLISHED), Map.of(), new String[0]);

    @Test
    void aStringGoesOutAsRead() throws Exception {
        assertSame(CARD.title(), read(field("title", scalar(String.class.getName(), null))));
    }

    @Test
    void anInstantGoesOutAsSmallRyesDateTimeString() throws Exception {
        assertEquals("2026-11-29T10:15:30.123456Z",
                read(field("publishedAt", scalar(Instant.class.getName(), String.class.getName()))));
        Card draft = new Card("Draft", null, ArticleStatus.DRAFT, List.of(), null, List.of(), Map.of(), null);
        assertNull(fetcher(field("publishedAt", scalar(Instant.class.getName(), String.class.getName())))
                .get(null, draft, () -> null));
    }

    @Test
    void enumsObjectsAndListsGoOutAsRead() throws Exception {
        assertSame(ArticleStatus.PUBLISHED, read(field("status", reference("io.newsgraph.article.ArticleStatus",
                ReferenceType.ENUM, null))));
        assertNull(read(field("related", OWNER)));
        Field tags = field("tags", scalar(String.class.getName(), null));
        tags.setWrapper(new Wrapper(WrapperType.COLLECTION, List.class.getName()));
        assertSame(CARD.tags(), read(tags));
    }

    @Test
    void fieldsSmallRyeRebuildsValueByValueKeepItsFetcher() {
        Field revisions = field("revisions", scalar(Instant.class.getName(), String.class.getName()));
        revisions.setWrapper(new Wrapper(WrapperType.COLLECTION, List.class.getName()));
        Field labels = field("labels", scalar(String.class.getName(), null));
        labels.setWrapper(new Wrapper(WrapperType.MAP, Map.class.getName()));
        Field keywords = field("keywords", scalar(String.class.getName(), null));
        keywords.setWrapper(new Wrapper(WrapperType.ARRAY, String[].class.getName()));
        Field adapted = field("title", scalar(String.class.getName(), null));
        adapted.setAdaptTo(new AdaptTo(scalar(String.class.getName(), null)));
        Field javaField = new Field(null, "title", "title", scalar(String.class.getName(), null));

        for (Field field : List.of(revisions, labels, keywords, adapted, javaField)) {
            assertTrue(PlainFieldFetcher.of(field, OWNER).isEmpty(), field::toString);
        }
    }

    private static Object read(Field field) throws Exception {
        return fetcher(field).get(null, CARD, () -> null);
    }

    private static PlainFieldFetcher fetcher(Field field) {
        return PlainFieldFetcher.of(field, OWNER).orElseThrow(() -> new AssertionError("no light fetcher for " + field));
    }

    private static Field field(String name, Reference type) {
        return new Field(name, name, name, type);
    }

    private static Reference scalar(String className, String graphQLClassName) {
        return reference(className, ReferenceType.SCALAR, graphQLClassName);
    }

    private static Reference reference(String className, ReferenceType kind, String graphQLClassName) {
        return new Reference.Builder().className(className).name(className).type(kind)
                .graphQLClassName(graphQLClassName).build();
    }
}
