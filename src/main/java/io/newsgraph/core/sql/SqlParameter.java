package io.newsgraph.core.sql;

import java.util.function.Function;

/** A bound parameter of a statement: a value known when the SQL is written, or one each execution supplies. */
public sealed interface SqlParameter {

    /** The value to bind for one execution. */
    Object valueFor(Object execution);

    record Fixed(Object value) implements SqlParameter {
        @Override
        public Object valueFor(Object execution) {
            return value;
        }
    }

    /** A value read off each execution's bindings, e.g. the size of the page a request asks for. */
    record Bound<B>(Class<B> bindings, Function<B, Object> source) implements SqlParameter {
        @Override
        public Object valueFor(Object execution) {
            return source.apply(bindings.cast(execution));
        }
    }
}
