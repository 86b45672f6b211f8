package io.newsgraph.testing.differential;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.LongSupplier;

import com.fasterxml.jackson.databind.JsonNode;

import graphql.schema.GraphQLSchema;

/**
 * Sends each read down both paths and holds the answers to what its group promises: byte-identical answers
 * (status and media type included) for every read; for a divergent read the planner answers, the answer the
 * two halves give together; for a read over a limit, a refusal before any database connection is taken. It
 * also checks that each generated read is what its group says (a valid read answers without errors, an invalid
 * argument is refused, a limit is met), since a generator that only produced refusals would prove nothing.
 */
public final class DifferentialRun {

    private static final int SHOWN_IN_FULL = 3;
    private static final String TOO_COMPLEX = "QUERY_TOO_COMPLEX";

    private final GraphQLSchema schema;
    private final ReadPaths paths = new ReadPaths();
    private final ResponseHarvester harvester;
    private final LongSupplier connectionsTaken;
    private final DifferentialReport report = new DifferentialReport();
    private final List<String> differences = new ArrayList<>();
    private final List<String> generatorProblems = new ArrayList<>();

    /** @param connectionsTaken how many database connections the service has taken from its pool so far */
    public DifferentialRun(GraphQLSchema schema, KnownValues known, LongSupplier connectionsTaken) {
        this.schema = schema;
        this.harvester = new ResponseHarvester(schema, known);
        this.connectionsTaken = connectionsTaken;
    }

    public void check(ReadCase read) {
        Optional<DivergentSplit.Split> split = read.group() == CaseGroup.DIVERGENT_ARGUMENTS
                || read.group() == CaseGroup.FIXTURE ? DivergentSplit.of(schema, read.request()) : Optional.empty();
        if (split.isPresent()) {
            checkDivergent(read, split.get());
        } else if (read.group() == CaseGroup.DIVERGENT_ARGUMENTS) {
            problem(read, "no nested field is asked for two ways", null);
        } else if (read.group() == CaseGroup.OVER_LIMIT) {
            checkOverLimit(read);
        } else {
            ReadPaths.Answers answers = paths.both(read.request());
            compare(read, answers);
            checkGroup(read, answers.resolvers());
            checkPlanned(read, answers);
        }
    }

    /** A read that runs without errors is the planner's: a byte-identical answer from a fallback would prove nothing. */
    private void checkPlanned(ReadCase read, ReadPaths.Answers answers) {
        boolean valid = read.group() == CaseGroup.REGULAR || read.group() == CaseGroup.FIXTURE;
        if (valid && !answers.resolvers().hasErrors() && !answers.planned().plannedRead()) {
            differ(read, "a valid read was left to the resolvers instead of being planned", answers.resolvers());
        }
    }

    private void compare(ReadCase read, ReadPaths.Answers answers) {
        JsonDifference.between(answers.resolvers(), answers.planned())
                .ifPresent(difference -> differ(read, "the paths answer differently: " + difference, answers.resolvers()));
        harvester.harvest(read.request(), answers.resolvers());
        report.count(read, answers.resolvers());
    }

    private void checkGroup(ReadCase read, Answer resolvers) {
        if (read.group() == CaseGroup.REGULAR && resolvers.hasErrors()) {
            problem(read, "a valid read answers with errors " + resolvers.errorCodes(), resolvers);
        }
        if (read.group() == CaseGroup.INVALID_ARGUMENT) {
            if (resolvers.hasErrors()) {
                report.outcome("invalid argument refused");
            } else if (reached(resolvers.json().orElseThrow().get("data"), read.invalidSite(), 0)) {
                problem(read, "an invalid argument at " + read.invalidSite() + " is answered without errors",
                        resolvers);
            } else {
                report.outcome("invalid argument on a list with no parent to apply it to (not reached)");
            }
        }
    }

    /** Each path alone, counting the connections it takes: a limit is enforced before any SQL. */
    private void checkOverLimit(ReadCase read) {
        long before = connectionsTaken.getAsLong();
        Answer planned = paths.planned(read.request());
        long takenByPlanner = connectionsTaken.getAsLong() - before;
        Answer resolvers = paths.resolvers(read.request());
        long takenByResolvers = connectionsTaken.getAsLong() - before - takenByPlanner;
        compare(read, new ReadPaths.Answers(resolvers, planned));
        if (!resolvers.errorCodes().contains(TOO_COMPLEX)) {
            problem(read, "a read over a limit is not refused with " + TOO_COMPLEX, resolvers);
        }
        if (takenByPlanner > 0 || takenByResolvers > 0) {
            differ(read, "a read over a limit took database connections before it was refused: " + takenByPlanner
                    + " on the default path, " + takenByResolvers + " on the resolver path", resolvers);
        }
        report.outcome("refused over a limit, without a database connection");
    }

    /**
     * Today's resolvers refuse a nested list paged two ways; the planner may answer it. When it does, its answer must
     * be what the two halves of the operation answer on the resolver path, stitched together.
     */
    private void checkDivergent(ReadCase read, DivergentSplit.Split split) {
        ReadPaths.Answers answers = paths.both(read.request());
        report.count(read, answers.resolvers());
        boolean same = JsonDifference.between(answers.resolvers(), answers.planned()).isEmpty();
        if (!split.possible()) {
            if (read.group() == CaseGroup.DIVERGENT_ARGUMENTS) {
                problem(read, "cannot be split in two: " + split.reason(), answers.resolvers());
            } else if (!same) {
                differ(read, "the paths answer differently a read the test cannot split (" + split.reason() + ")",
                        answers.resolvers());
            }
            return;
        }
        // the halves run even while both paths refuse, so that the expectation is known to work before it is needed
        Answer one = paths.resolvers(split.one());
        Answer other = paths.resolvers(split.other());
        harvester.harvest(split.one(), one);
        harvester.harvest(split.other(), other);
        if (one.hasErrors() || other.hasErrors()) {
            problem(read, "a half of the divergent read has errors: " + excerpt(one.text()) + " / "
                    + excerpt(other.text()), null);
            return;
        }
        JsonNode expected;
        try {
            expected = Json.MAPPER.createObjectNode().set("data", StitchedAnswer.merge(one.json().orElseThrow().get("data"),
                    other.json().orElseThrow().get("data"), split.oneKey(), split.otherKey()));
        } catch (IllegalStateException e) {
            problem(read, e.getMessage(), null);
            return;
        }
        if (same && answers.resolvers().hasErrors()) {
            report.outcome("divergent read refused by both paths, as the resolvers do");
            return;
        }
        holdToStitched(read, answers.planned(), one, expected, "the default path");
        if (same) {
            report.outcome("divergent read answered by both paths");
            return;
        }
        report.outcome("divergent read answered by the planner");
        if (!answers.resolvers().hasErrors()) {
            // the resolvers answer it too, and differently: one of the two is wrong
            holdToStitched(read, answers.resolvers(), one, expected, "the resolver path");
        }
    }

    private void holdToStitched(ReadCase read, Answer answer, Answer half, JsonNode expected, String path) {
        Optional<String> difference = answer.status() != half.status()
                ? Optional.of("HTTP status " + answer.status() + " where the halves got " + half.status())
                : !String.valueOf(answer.contentType()).equals(String.valueOf(half.contentType()))
                        ? Optional.of("Content-Type " + answer.contentType() + " where the halves got " + half.contentType())
                        : answer.json().map(actual -> JsonDifference.first("", expected, actual))
                                .orElse(Optional.of("not JSON"));
        if (difference.isPresent()) {
            differ(read, path + " answers a divergent read unlike its two halves stitched together: " + difference.get()
                    + "\n  the halves stitched together: " + excerpt(Json.write(expected)) + "\n", answer);
        }
    }

    private static boolean reached(JsonNode node, List<String> path, int at) {
        if (node == null || node.isNull() || path == null) {
            return false;
        }
        if (node.isArray()) {
            for (JsonNode item : node) {
                if (reached(item, path, at)) {
                    return true;
                }
            }
            return false;
        }
        if (!node.isObject()) {
            return false;
        }
        String key = path.get(at);
        return at == path.size() - 1 ? node.has(key) : reached(node.get(key), path, at + 1);
    }

    private void differ(ReadCase read, String what, Answer resolvers) {
        differences.add(describe(read, what, resolvers));
    }

    private void problem(ReadCase read, String what, Answer resolvers) {
        generatorProblems.add(describe(read, what, resolvers));
    }

    private static String describe(ReadCase read, String what, Answer resolvers) {
        String text = read.label() + " (" + read.group() + "): " + what + "\n" + indent(read.request().describe());
        return resolvers == null ? text : text + "  resolver path answered: " + excerpt(resolvers.text()) + "\n";
    }

    public DifferentialReport report() {
        report.note("HTTP: " + paths.traffic());
        return report;
    }

    /** Everything that failed, the first few in full; empty when the run is clean. */
    public Optional<String> failures(String howToRerun) {
        if (differences.isEmpty() && generatorProblems.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder text = new StringBuilder();
        section(text, differences, "read(s) where the paths do not keep their promise (planner or path bugs)");
        section(text, generatorProblems, "generated read(s) that are not what their group says (fix the generator, or"
                + " report a service bug)");
        return Optional.of(text.append(howToRerun).toString());
    }

    private static void section(StringBuilder text, List<String> items, String title) {
        if (items.isEmpty()) {
            return;
        }
        text.append(items.size()).append(' ').append(title).append(":\n");
        items.stream().limit(SHOWN_IN_FULL).forEach(item -> text.append(item).append('\n'));
        if (items.size() > SHOWN_IN_FULL) {
            text.append("and ").append(items.size() - SHOWN_IN_FULL).append(" more: ")
                    .append(Arrays.toString(items.stream().skip(SHOWN_IN_FULL).map(item -> item.split(" ", 2)[0])
                            .toArray()))
                    .append('\n');
        }
    }

    private static String excerpt(String text) {
        return text.length() <= 600 ? text : text.substring(0, 600) + "…";
    }

    private static String indent(String text) {
        return "  " + text.strip().replace("\n", "\n  ") + "\n";
    }
}
