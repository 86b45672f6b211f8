package io.newsgraph.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The sample content read straight from its JSON resource: what the API must show, worked out
 * independently of the code under test.
 */
public final class SampleContent {

    private static final JsonNode ROOT = read();

    private SampleContent() {
    }

    /** Published articles, newest first, as readers see them. */
    public static List<JsonNode> publishedArticles() {
        return articles(article -> article.get("status").asText().equals("PUBLISHED")).stream()
                .sorted(Comparator.comparing((JsonNode article) -> article.get("publishedAt").asText()).reversed())
                .toList();
    }

    public static List<JsonNode> articles(Predicate<JsonNode> filter) {
        return stream(ROOT.get("articles")).filter(filter).toList();
    }

    public static JsonNode article(String slug) {
        return articles(article -> article.get("slug").asText().equals(slug)).get(0);
    }

    public static List<JsonNode> all(String kind) {
        return stream(ROOT.get(kind)).toList();
    }

    /**
     * The slugs of every item of a kind ({@code "articles"}, {@code "tags"}...), drafts included; none for a kind the sample
     * lacks.
     */
    public static List<String> slugs(String kind) {
        JsonNode items = ROOT.get(kind);
        if (items == null) {
            return List.of();
        }
        return stream(items).map(item -> item.get("slug")).filter(slug -> slug != null).map(JsonNode::asText).toList();
    }

    /** Every language tag the sample content uses, for articles and for sources, in order of appearance. */
    public static List<String> languages() {
        return java.util.stream.Stream.of("articles", "sources").flatMap(kind -> stream(ROOT.get(kind)))
                .map(item -> item.get("language").asText()).distinct().toList();
    }

    /** The strings of a JSON array, such as an article's paragraphs or tag slugs. */
    public static List<String> texts(JsonNode array) {
        return stream(array).map(JsonNode::asText).toList();
    }

    /** The approved comments of an article that start a conversation, oldest first. */
    public static List<JsonNode> approvedThreads(JsonNode article) {
        return approved(article.get("comments"));
    }

    public static List<JsonNode> approved(JsonNode comments) {
        if (comments == null) {
            return List.of();
        }
        return stream(comments).filter(comment -> comment.get("status").asText().equals("APPROVED"))
                .sorted(Comparator.comparing(comment -> comment.get("createdAt").asText()))
                .toList();
    }

    /**
     * Every comment of an article readers see, replies at any depth included: those approved below approved ones only,
     * since rejecting a comment hides the conversation below it.
     */
    public static List<JsonNode> visibleComments(JsonNode article) {
        List<JsonNode> visible = new ArrayList<>();
        collectVisible(article.get("comments"), visible);
        return visible;
    }

    private static void collectVisible(JsonNode comments, List<JsonNode> visible) {
        for (JsonNode comment : approved(comments)) {
            visible.add(comment);
            collectVisible(comment.get("replies"), visible);
        }
    }

    /** Every comment of an article with the given status, replies at any depth included. */
    public static List<JsonNode> commentsWithStatus(JsonNode article, String status) {
        List<JsonNode> found = new ArrayList<>();
        collect(article.get("comments"), status, found);
        return found;
    }

    private static void collect(JsonNode comments, String status, List<JsonNode> found) {
        if (comments == null) {
            return;
        }
        for (JsonNode comment : comments) {
            if (comment.get("status").asText().equals(status)) {
                found.add(comment);
            }
            collect(comment.get("replies"), status, found);
        }
    }

    private static java.util.stream.Stream<JsonNode> stream(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false);
    }

    private static JsonNode read() {
        try (InputStream in = SampleContent.class.getClassLoader()
                .getResourceAsStream("sample-data/newsgraph-sample.json")) {
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
