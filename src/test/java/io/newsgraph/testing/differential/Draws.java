package io.newsgraph.testing.differential;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** The random choices of one generator, all from one seeded source, so that a seed always gives the same operations. */
public final class Draws {

    private final SplittableRandom random;

    public Draws(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /** True with the given probability. */
    boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    double next() {
        return random.nextDouble();
    }

    /** 0 to bound - 1. */
    int below(int bound) {
        return random.nextInt(bound);
    }

    /** from to to, both included. */
    int between(int from, int to) {
        return from + random.nextInt(to - from + 1);
    }

    <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    <T> List<T> shuffled(List<? extends T> items) {
        List<T> copy = new ArrayList<>(items);
        for (int i = copy.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            T swapped = copy.get(i);
            copy.set(i, copy.get(j));
            copy.set(j, swapped);
        }
        return copy;
    }
}
