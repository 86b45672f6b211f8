package io.newsgraph.testing.differential;

import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/** What a differential run sent and what came back on the resolver path, for a person to read. */
public final class DifferentialReport {

    private final Map<CaseGroup, Integer> byGroup = new EnumMap<>(CaseGroup.class);
    private final Map<String, Integer> byFeature = new TreeMap<>();
    private final Map<String, Map<CaseGroup, Integer>> byErrorCode = new TreeMap<>();
    private final Map<String, Set<String>> examplesByErrorCode = new TreeMap<>();
    private final Map<String, Integer> outcomes = new TreeMap<>();
    private final Set<String> notes = new LinkedHashSet<>();
    private static final int EXAMPLES = 5;

    private int operations;
    private int withDataAndNoErrors;

    void count(ReadCase read, Answer resolvers) {
        operations++;
        byGroup.merge(read.group(), 1, Integer::sum);
        read.features().forEach(feature -> byFeature.merge(feature, 1, Integer::sum));
        for (String code : new LinkedHashSet<>(resolvers.errorCodes())) {
            byErrorCode.computeIfAbsent(code, ignored -> new EnumMap<>(CaseGroup.class)).merge(read.group(), 1, Integer::sum);
            Set<String> examples = examplesByErrorCode.computeIfAbsent(code, ignored -> new LinkedHashSet<>());
            if (examples.size() < EXAMPLES) {
                examples.add(read.label());
            }
        }
        if (resolvers.hasData() && !resolvers.hasErrors()) {
            withDataAndNoErrors++;
        }
    }

    /** Counts an outcome of a kind of check, such as how divergent operations were answered. */
    void outcome(String outcome) {
        outcomes.merge(outcome, 1, Integer::sum);
    }

    public void note(String note) {
        notes.add(note);
    }

    public String summary(String title, long nanos, KnownValues known) {
        long millis = TimeUnit.NANOSECONDS.toMillis(nanos);
        StringBuilder text = new StringBuilder("\n").append(title).append(": ").append(operations)
                .append(" operations in ").append(millis).append(" ms (")
                .append(operations == 0 ? 0 : millis / operations).append(" ms each, both paths)\n");
        text.append("  groups: ").append(byGroup).append('\n');
        text.append("  answered with data and no errors on the resolver path: ").append(withDataAndNoErrors).append('\n');
        text.append("  errors on the resolver path, operations by code and group:\n");
        byErrorCode.forEach((code, groups) -> text.append("    ").append(code).append(": ").append(groups)
                .append(", e.g. ").append(examplesByErrorCode.get(code)).append('\n'));
        text.append("  outcomes:\n");
        outcomes.forEach((outcome, count) -> text.append("    ").append(outcome).append(": ").append(count).append('\n'));
        text.append("  operations with:\n");
        byFeature.forEach((feature, count) -> text.append("    ").append(feature).append(": ").append(count).append('\n'));
        text.append("  learnt: ").append(known.idCount()).append(" ids of ").append(known.typesWithIds())
                .append(", ").append(known.cursorCount()).append(" cursors\n");
        notes.forEach(note -> text.append("  note: ").append(note).append('\n'));
        return text.toString();
    }
}
