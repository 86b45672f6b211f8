package io.newsgraph.core.pagination;

/**
 * The rows of one kind of list, in SQL. The listed entity's table is aliased {@code e}.
 *
 * @param from the tables, e.g. {@code article e join article_tag t on t.article_id = e.id}
 * @param where the condition every row of the list meets, e.g. {@code e.status = 'PUBLISHED'}
 * @param parentKey for a list nested under a parent (an author's articles), the column holding the
 *        parent's key, e.g. {@code e.author_id}; null for a top-level list
 */
public record Listing(String from, String where, String parentKey) {

    public static Listing of(String from, String where) {
        return new Listing(from, where, null);
    }

    public Listing nestedBy(String parentKeyColumn) {
        return new Listing(from, where, parentKeyColumn);
    }
}
