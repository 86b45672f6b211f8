package io.newsgraph.core.cache;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What identifies a count: the SQL that counts the list, with a placeholder for each value, and the values bound into
 * it, in order. The text says which list and which conditions (what readers may see, which filter fields), so that two
 * lists never share a count; the values say which rows they select (a language, an author's slug, whatever visibility
 * a requester binds). The plan renders that SQL with fixed aliases, so that one list and filter share a count
 * whichever document asks for it.
 *
 * @param values may hold nulls
 */
public record CountKey(String sql, List<Object> values) {

    public CountKey {
        values = Collections.unmodifiableList(new ArrayList<>(values));
    }
}
