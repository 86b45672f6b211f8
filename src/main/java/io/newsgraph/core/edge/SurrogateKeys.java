package io.newsgraph.core.edge;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import io.newsgraph.core.cache.tracking.ReadSubject;
import io.newsgraph.core.cache.tracking.Reads;
import io.newsgraph.core.events.ContentChange;

/**
 * The surrogate keys (Fastly's and Varnish xkey's {@code Surrogate-Key}, Cloudflare's {@code Cache-Tag}) of what an
 * answer read, and the keys a change purges, by one mapping: an answer read something a change affects
 * ({@link Reads#affectedBy}) exactly when the keys the answer is tagged with and the keys the change purges meet, so
 * that a CDN purged by changes drops what the response cache evicts and nothing else. The keys name tables and columns,
 * never a list's identity, so that the copy that purges computes them from the change alone, whichever copy served the
 * answer:
 * <ul>
 * <li>rows, by their table: {@code article-12} for the row read, and {@code article} for a change that names no rows;
 * {@code article-*} for an answer that read too many rows to name them, which any change to a row purges;</li>
 * <li>lists, by each column their SQL reads ({@code article.status}) and {@code article.+} for rows coming or going;
 * where a list is under a parent whose key the table holds, the parent's: {@code comment.status@article_id=5}, with
 * {@code comment.status@} for a change that names no keys.</li>
 * </ul>
 * An answer that read too many lists of a kind to name their parents is tagged as if the lists had no parent, and so
 * purged by every change to a column they read, whatever parent it names: a little more than the response cache
 * evicts.
 */
public final class SurrogateKeys {

    private static final String ROWS_COMING_OR_GOING = "+";
    private static final String ANY = "*";

    private final Collection<ReadSubject.Rows> rows;

    /** @param rows every table's rows that answers can read, as the entity model describes them */
    public SurrogateKeys(Collection<ReadSubject.Rows> rows) {
        this.rows = List.copyOf(rows);
    }

    /** The keys of an answer that read these subjects. */
    public static Set<String> ofReads(List<Reads.SubjectRead> reads) {
        Set<String> keys = new TreeSet<>();
        for (Reads.SubjectRead read : reads) {
            if (read.subject() instanceof ReadSubject.Rows subject) {
                keys.add(subject.table());
                if (read.whole()) {
                    keys.add(row(subject.table(), ANY));
                } else {
                    read.keys().forEach(key -> keys.add(row(subject.table(), Long.toString(key))));
                }
            } else if (read.subject() instanceof ReadSubject.ListOf list) {
                listKeys(list, read, keys);
            }
        }
        return keys;
    }

    /**
     * The keys of an answer that read these subjects, named only by what they read and not by which rows or parents:
     * fewer, and purged by every change to what they read.
     */
    public static Set<String> ofReadsWhole(List<Reads.SubjectRead> reads) {
        return ofReads(reads.stream().map(read -> new Reads.SubjectRead(read.subject(), Set.of(), true)).toList());
    }

    /** The keys a change purges. */
    public Set<String> ofChange(ContentChange change) {
        Set<String> keys = new LinkedHashSet<>();
        for (ReadSubject.Rows subject : rows) {
            ReadSubject.Affected affected = subject.affectedBy(change);
            if (affected.all()) {
                keys.add(subject.table());
            } else if (!affected.none()) {
                keys.add(row(subject.table(), ANY));
                affected.keys().forEach(key -> keys.add(row(subject.table(), Long.toString(key))));
            }
        }
        Set<String> columns = change.columns() == null ? Set.of(ROWS_COMING_OR_GOING) : change.columns();
        for (String column : columns) {
            String read = change.table() + "." + column;
            keys.add(read);
            if (change.keys() == null) {
                keys.add(read + "@");
            } else {
                change.keys().forEach((keyColumn, values) -> {
                    values.forEach(value -> keys.add(underParent(read, keyColumn, Long.toString(value))));
                });
            }
        }
        return keys;
    }

    private static void listKeys(ReadSubject.ListOf list, Reads.SubjectRead read, Set<String> keys) {
        Map<String, Set<String>> columnsByTable = new HashMap<>(list.footprint().columnsByTable());
        columnsByTable.putIfAbsent(list.table(), Set.of());
        columnsByTable.forEach((table, columns) -> {
            Set<String> reads = new TreeSet<>(columns);
            reads.add(ROWS_COMING_OR_GOING);
            boolean underParent = list.parentKey() != null && list.parentKey().table().equals(table);
            for (String column : reads) {
                String key = table + "." + column;
                if (!underParent || read.whole()) {
                    keys.add(key);
                } else {
                    keys.add(key + "@");
                    read.keys().forEach(parent -> keys.add(
                            underParent(key, list.parentKey().column(), Long.toString(parent))));
                }
            }
        });
    }

    private static String row(String table, String key) {
        return table + "-" + key;
    }

    private static String underParent(String read, String keyColumn, String parent) {
        return read + "@" + keyColumn + "=" + parent;
    }
}
