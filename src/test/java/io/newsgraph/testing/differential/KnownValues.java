package io.newsgraph.testing.differential;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import io.newsgraph.comment.Comment;
import io.newsgraph.core.node.GlobalId;
import io.newsgraph.testing.ContentDatabase;
import io.newsgraph.testing.SampleContent;

/**
 * The argument values the generator can use: slugs and languages from the sample content, ids and cursors from
 * earlier answers (they are opaque, so they are never built here, except an id that names nothing and the ids of the
 * comments readers do not see, which no answer gives). Kept in the
 * order they were learnt, so that a seed draws the same values on every run.
 */
public final class KnownValues {

    private final Map<String, Set<String>> idsByType = new TreeMap<>();
    private final Map<ListKey, Set<String>> cursorsByList = new LinkedHashMap<>();

    void addId(String typeName, String id) {
        idsByType.computeIfAbsent(typeName, ignored -> new LinkedHashSet<>()).add(id);
    }

    /**
     * The ids of the comments readers do not see, which no answer gives: pending and rejected ones, and approved ones
     * below them. Read from the database with the rule written out anew, so that both paths are asked for them.
     */
    public KnownValues withHiddenComments() {
        ContentDatabase.queryKeys("with recursive readable (id) as ("
                + " select id from comment where parent_id is null and status = 'APPROVED'"
                + " union select c.id from comment c join readable r on c.parent_id = r.id where c.status = 'APPROVED')"
                + " select id from comment where id not in (select id from readable) order by id")
                .forEach(key -> addId(Comment.TYPE, GlobalId.encode(Comment.TYPE, key)));
        return this;
    }

    void addCursor(ListKey list, String cursor) {
        cursorsByList.computeIfAbsent(list, ignored -> new LinkedHashSet<>()).add(cursor);
    }

    List<String> ids(String typeName) {
        return new ArrayList<>(idsByType.getOrDefault(typeName, Set.of()));
    }

    List<String> typesWithIds() {
        return new ArrayList<>(idsByType.keySet());
    }

    List<String> cursors(ListKey list) {
        return new ArrayList<>(cursorsByList.getOrDefault(list, Set.of()));
    }

    /** A well-formed id of the type that names no row: the planner must answer null for it, as the resolvers do. */
    String idOfNothing(String typeName) {
        return GlobalId.encode(typeName, Integer.MAX_VALUE);
    }

    /** The slugs of a type's sample content ({@code Article} → {@code articles}), drafts included. */
    List<String> slugs(String typeName) {
        return SampleContent.slugs(typeName.substring(0, 1).toLowerCase(Locale.ROOT) + typeName.substring(1) + "s");
    }

    /** A slug of the type that the sample content does not have. */
    String slugOfNothing(String typeName) {
        return "no-such-" + typeName.toLowerCase(Locale.ROOT);
    }

    /** The sample's language tags and their primary subtags ({@code pt} of {@code pt-BR}): some match no article. */
    List<String> languages() {
        Set<String> languages = new LinkedHashSet<>();
        for (String language : SampleContent.languages()) {
            languages.add(language);
            languages.add(language.split("-")[0]);
        }
        return new ArrayList<>(languages);
    }

    int cursorCount() {
        return cursorsByList.values().stream().mapToInt(Set::size).sum();
    }

    int idCount() {
        return idsByType.values().stream().mapToInt(Set::size).sum();
    }
}
