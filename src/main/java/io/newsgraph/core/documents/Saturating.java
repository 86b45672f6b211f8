package io.newsgraph.core.documents;

/** Arithmetic that stops at {@link Long#MAX_VALUE} instead of overflowing, for measuring hostile documents. */
final class Saturating {

    private Saturating() {
    }

    static long sum(long a, long b) {
        long sum = a + b;
        return sum < 0 ? Long.MAX_VALUE : sum;
    }

    static long product(long a, long b) {
        return b != 0 && a > Long.MAX_VALUE / b ? Long.MAX_VALUE : a * b;
    }
}
