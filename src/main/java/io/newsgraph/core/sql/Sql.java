package io.newsgraph.core.sql;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.IntFunction;

/**
 * A piece of SQL. Its text comes only from constant SQL written in this code base ({@link #of}), from names
 * read off the entity model ({@link #name}) and from aliases the code chooses; every value is a bound
 * parameter ({@link #value}, {@link #parameter}), never text. So no value a client sends can change a
 * statement's meaning, and no table or column name is written twice.
 */
public final class Sql {

    private static final String PLACEHOLDER = "%s";

    /** Text parts ({@link String}) and parameters ({@link SqlParameter}), in order. */
    private final List<Object> parts;

    private Sql(List<Object> parts) {
        this.parts = parts;
    }

    /**
     * Constant SQL: keywords, operators and punctuation, with {@code %s} where each of {@code pieces} goes, in
     * order. Never a value and never a table or column name.
     */
    public static Sql of(String constant, Sql... pieces) {
        List<Object> parts = new ArrayList<>();
        int from = 0;
        for (Sql piece : pieces) {
            int at = constant.indexOf(PLACEHOLDER, from);
            if (at < 0) {
                throw new IllegalArgumentException("More pieces than placeholders in: " + constant);
            }
            addText(parts, constant.substring(from, at));
            addAll(parts, piece.parts);
            from = at + PLACEHOLDER.length();
        }
        if (constant.indexOf(PLACEHOLDER, from) >= 0) {
            throw new IllegalArgumentException("Fewer pieces than placeholders in: " + constant);
        }
        addText(parts, constant.substring(from));
        return new Sql(Collections.unmodifiableList(parts));
    }

    /** A table, column or alias name, as the entity model or the statement's author gives it. */
    static Sql name(String name) {
        if (!name.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("Not a plain SQL name: " + name);
        }
        return new Sql(List.of(name));
    }

    /** An alias the code chooses for a table or a derived column, e.g. {@code e} or {@code e1}. */
    public static Sql alias(String alias) {
        return name(alias);
    }

    /**
     * A constant of the model, such as a status, as a literal: unlike a parameter, it lets PostgreSQL match the
     * partial indexes whose predicates name it, whatever plan it caches. Never a client's value.
     */
    public static Sql constant(Enum<?> constant) {
        if (!constant.name().matches("[A-Z][A-Z0-9_]*")) {
            throw new IllegalArgumentException("Not a plain constant: " + constant);
        }
        return new Sql(List.of("'" + constant.name() + "'"));
    }

    /** A value known now, as a bound parameter. */
    public static Sql value(Object value) {
        return parameter(new SqlParameter.Fixed(value));
    }

    /** A parameter: a value known now, or one each execution supplies. */
    public static Sql parameter(SqlParameter parameter) {
        return new Sql(List.of(parameter));
    }

    /** {@code pieces} with {@code separator} between them. */
    public static Sql join(String separator, List<Sql> pieces) {
        List<Object> parts = new ArrayList<>();
        for (int i = 0; i < pieces.size(); i++) {
            if (i > 0) {
                addText(parts, separator);
            }
            addAll(parts, pieces.get(i).parts);
        }
        return new Sql(Collections.unmodifiableList(parts));
    }

    /** The text, with each parameter written by {@code marker} from its position (1, 2, ...). */
    public String text(IntFunction<String> marker) {
        StringBuilder text = new StringBuilder();
        int position = 0;
        for (Object part : parts) {
            text.append(part instanceof SqlParameter ? marker.apply(++position) : (String) part);
        }
        return text.toString();
    }

    /** The text with JDBC's {@code ?} for each parameter. */
    public String jdbcText() {
        return text(position -> "?");
    }

    public List<SqlParameter> parameters() {
        return parts.stream().filter(SqlParameter.class::isInstance).map(SqlParameter.class::cast).toList();
    }

    @Override
    public String toString() {
        return jdbcText();
    }

    private static void addText(List<Object> parts, String text) {
        if (text.isEmpty()) {
            return;
        }
        int last = parts.size() - 1;
        if (last >= 0 && parts.get(last) instanceof String previous) {
            parts.set(last, previous + text);
        } else {
            parts.add(text);
        }
    }

    private static void addAll(List<Object> parts, List<Object> more) {
        for (Object part : more) {
            if (part instanceof String text) {
                addText(parts, text);
            } else {
                parts.add(part);
            }
        }
    }
}
